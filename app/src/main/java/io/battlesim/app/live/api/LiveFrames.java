package io.battlesim.app.live.api;

import io.battlesim.app.battle.ChatMessage;
import io.battlesim.engine.event.ArmiesUpdated;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.BattleFinished;
import io.battlesim.engine.event.BattleStarted;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.MultiplierWindow;
import io.battlesim.engine.event.Sender;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Live API's stream frames ({@code live.md}) into engine events: {@code gift} to {@link GiftReceived}
 * (event id = {@code msg_id}; a missing receiver means the host), {@code like} to {@link LikeReceived}, and the
 * mirror frames {@code battle_started}, {@code battle_score}, {@code battle_multiplier}, {@code battle_finished} to
 * TikTok's battle events. Thread-safe.
 */
public final class LiveFrames {

    private final JsonMapper json;

    /** A parser using {@code json}; never null. */
    public LiveFrames(JsonMapper json) {
        this.json = Objects.requireNonNull(json, "json must not be null");
    }

    /**
     * Parses one text frame.
     *
     * @param text the frame; never null
     * @return the frame; {@link LiveFrame.Malformed} when it cannot be read, never null
     */
    public LiveFrame parse(String text) {
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JacksonException e) {
            return new LiveFrame.Malformed(-1, "not JSON");
        }
        long seq = frame.path("seq").asLong(-1);
        String type = frame.path("type").asString("");
        try {
            return switch (type) {
                case "gift" -> new LiveFrame.Event(seq, type, gift(frame));
                case "like" -> new LiveFrame.Event(seq, type, like(frame));
                case "chat" -> new LiveFrame.Chat(seq, chat(frame));
                case "battle_started", "battle_score", "battle_multiplier", "battle_finished" ->
                    new LiveFrame.Event(seq, type, mirror(type, frame));
                case "room_status" ->
                    new LiveFrame.RoomStatus(
                            seq, "LIVE".equals(frame.path("status").asString("")));
                case "gap" ->
                    new LiveFrame.Gap(
                            seq, frame.path("from").asLong(-1), frame.path("to").asLong(-1));
                case "" -> new LiveFrame.Malformed(seq, "no type");
                default -> new LiveFrame.Other(seq, type);
            };
        } catch (RuntimeException e) {
            return new LiveFrame.Malformed(seq, type + ": " + e.getMessage());
        }
    }

    private static GiftReceived gift(JsonNode frame) {
        JsonNode gift = frame.path("gift");
        return new GiftReceived(
                required(frame, "msg_id"),
                required(frame, "room_id"),
                sender(frame.path("user")),
                optional(frame, "receiver_user_id"),
                new Gift(
                        gift.path("id").asInt(0),
                        gift.path("name").asString(""),
                        gift.path("type").asInt(0),
                        gift.path("diamond_count").asInt(0)),
                frame.path("repeat_count").asInt(1),
                frame.path("repeat_end").asBoolean(false),
                optional(frame, "group_id"),
                frame.path("timestamp").asLong(0));
    }

    private static LikeReceived like(JsonNode frame) {
        return new LikeReceived(
                required(frame, "msg_id"),
                required(frame, "room_id"),
                sender(frame.path("user")),
                optional(frame, "receiver_user_id"),
                frame.path("like_count").asInt(0),
                frame.path("timestamp").asLong(0));
    }

    private static ChatMessage chat(JsonNode frame) {
        return new ChatMessage(
                required(frame, "msg_id"),
                required(frame, "room_id"),
                sender(frame.path("user")),
                frame.path("comment").asString(""),
                frame.path("timestamp").asLong(0));
    }

    private static BattleEvent mirror(String type, JsonNode frame) {
        String msgId = required(frame, "msg_id");
        long timestamp = frame.path("timestamp").asLong(0);
        return switch (type) {
            case "battle_started" ->
                new BattleStarted(
                        msgId,
                        required(frame, "battle_id"),
                        timestamp,
                        frame.path("duration_sec").asLong(0) * 1000,
                        timestamp);
            case "battle_score" -> new ArmiesUpdated(msgId, scores(frame.path("scores")), timestamp);
            case "battle_multiplier" ->
                new MultiplierWindow(
                        msgId,
                        required(frame, "user_id"),
                        frame.path("multiplier").asInt(1),
                        timestamp,
                        epochMillis(frame.path("until").asLong(timestamp)),
                        timestamp);
            default -> new BattleFinished(msgId, scores(frame.path("scores")), timestamp);
        };
    }

    private static Sender sender(JsonNode user) {
        String userId = user.path("user_id").asString("");
        if (userId.isEmpty()) {
            throw new IllegalArgumentException("user.user_id is missing");
        }
        String uniqueId = user.path("unique_id").asString(userId);
        return new Sender(userId, uniqueId, user.path("nickname").asString(uniqueId));
    }

    private static Map<String, Long> scores(JsonNode scores) {
        Map<String, Long> points = new LinkedHashMap<>();
        scores.properties()
                .forEach(entry -> points.put(entry.getKey(), entry.getValue().asLong(0)));
        return points;
    }

    /** {@code until} in seconds (as {@code started_at} is) or milliseconds; both are accepted. */
    private static long epochMillis(long value) {
        return value < 100_000_000_000L ? value * 1000 : value;
    }

    private static String required(JsonNode frame, String field) {
        String value = frame.path(field).asString("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static @Nullable String optional(JsonNode frame, String field) {
        String value = frame.path(field).asString("");
        return value.isEmpty() ? null : value;
    }
}
