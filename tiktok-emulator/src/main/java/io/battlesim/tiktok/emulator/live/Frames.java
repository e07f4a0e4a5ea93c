package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.LiveGift;
import io.battlesim.tiktok.emulator.LiveGuest;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of the Live API (live.md): stream frames and the room object. */
final class Frames {

    private Frames() {}

    static String frame(LiveEvent event, long seq, String roomId) {
        Map<String, Object> json = header(typeOf(event), seq, event.msgId(), roomId, event.timestamp());
        switch (event) {
            case LiveEvent.Gift gift -> {
                json.put("user", user(gift.user()));
                json.put("receiver_user_id", gift.receiverUserId());
                json.put("gift", gift(gift.gift(), gift.imageUrl()));
                json.put("repeat_count", gift.repeatCount());
                json.put("repeat_end", gift.repeatEnd());
                json.put("group_id", gift.groupId());
            }
            case LiveEvent.Like like -> {
                json.put("user", user(like.user()));
                json.put("like_count", like.likeCount());
                json.put("total_like_count", like.totalLikeCount());
            }
            case LiveEvent.Chat chat -> {
                json.put("user", user(chat.user()));
                json.put("comment", chat.comment());
            }
            case LiveEvent.Member member -> json.put("user", user(member.user()));
            case LiveEvent.RoomStatus status ->
                json.put("status", status.status().name());
        }
        return write(json);
    }

    /** The message that replaces buffered messages a cursor asked for but the buffer no longer holds. */
    static String gap(String roomId, long from, long to, long timestamp) {
        Map<String, Object> json = header("gap", to, "gap-" + roomId + "-" + from + "-" + to, roomId, timestamp);
        json.put("from", from);
        json.put("to", to);
        return write(json);
    }

    static Map<String, Object> room(LiveRoom room, String avatarUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("room_id", room.roomId());
        json.put("username", room.username());
        json.put("display_name", room.displayName());
        json.put("avatar_url", avatarUrl);
        json.put("status", room.status().name());
        json.put("title", room.title());
        json.put("viewer_count", room.viewerCount());
        json.put(
                "started_at", room.startedAt() == null ? null : room.startedAt().getEpochSecond());
        json.put("host_user_id", room.hostUserId());
        json.put("guests", guests(room.guests()));
        return json;
    }

    static Map<String, Object> gift(LiveGift gift, String imageUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", gift.id());
        json.put("name", gift.name());
        json.put("diamond_count", gift.diamondCount());
        json.put("type", gift.type());
        json.put("image_url", imageUrl);
        return json;
    }

    private static List<Map<String, Object>> guests(List<LiveGuest> guests) {
        return guests.stream()
                .map(guest -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("user_id", guest.userId());
                    json.put("username", guest.username());
                    json.put("display_name", guest.displayName());
                    return json;
                })
                .toList();
    }

    private static Map<String, Object> header(String type, long seq, String msgId, String roomId, long timestamp) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("seq", seq);
        json.put("msg_id", msgId);
        json.put("room_id", roomId);
        json.put("timestamp", timestamp);
        return json;
    }

    private static Map<String, Object> user(LiveEvent.Sender sender) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("user_id", sender.userId());
        json.put("unique_id", sender.uniqueId());
        json.put("nickname", sender.nickname());
        json.put("avatar_url", sender.avatarUrl());
        return json;
    }

    private static String typeOf(LiveEvent event) {
        return switch (event) {
            case LiveEvent.Gift gift -> "gift";
            case LiveEvent.Like like -> "like";
            case LiveEvent.Chat chat -> "chat";
            case LiveEvent.Member member -> "member";
            case LiveEvent.RoomStatus status -> "room_status";
        };
    }

    private static String write(Map<String, Object> json) {
        return new String(Json.write(json), StandardCharsets.UTF_8);
    }
}
