package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** JSON helpers of the HTTP side: the room object with its avatar URL, and frames as JSON trees. */
final class LiveJson {

    private static final int AVATAR_SIZE = 168;

    private LiveJson() {}

    static Map<String, Object> room(LiveRoom room, String baseUrl) {
        return Frames.room(room, avatarUrl(baseUrl, room));
    }

    /** The room object plus the control fields {@code events_per_second} and {@code last_seq}. */
    static Map<String, Object> controlRoom(LiveRoom room, String baseUrl) {
        Map<String, Object> json = new LinkedHashMap<>(room(room, baseUrl));
        json.put("events_per_second", room.eventsPerSecond());
        json.put("last_seq", room.lastSeq());
        return json;
    }

    static List<JsonNode> frames(List<String> frames) {
        return frames.stream()
                .map(frame -> Json.read(frame.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    static JsonNode frame(String frame) {
        return Json.read(frame.getBytes(StandardCharsets.UTF_8));
    }

    private static String avatarUrl(String baseUrl, LiveRoom room) {
        return SandboxAccounts.avatarUrl(baseUrl, room.username(), AVATAR_SIZE);
    }
}
