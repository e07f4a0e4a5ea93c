package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.LiveGift;
import io.battlesim.tiktok.emulator.LiveStatus;

/**
 * One message of a room's stream before it gets its {@code seq}; a duplicate delivery publishes the same event
 * twice (same {@code msg_id} and timestamp, new {@code seq}).
 */
sealed interface LiveEvent {

    /** The unique message id. */
    String msgId();

    /** Epoch milliseconds on the emulator clock. */
    long timestamp();

    /** The Live API user object. */
    record Sender(String userId, String uniqueId, String nickname, String avatarUrl) {}

    /** A gift tap, a streak's end, or a non-streakable gift. */
    record Gift(
            String msgId,
            long timestamp,
            Sender user,
            String receiverUserId,
            LiveGift gift,
            String imageUrl,
            int repeatCount,
            boolean repeatEnd,
            String groupId)
            implements LiveEvent {}

    /** At most 15 likes from one viewer. */
    record Like(String msgId, long timestamp, Sender user, int likeCount, long totalLikeCount) implements LiveEvent {}

    /** A chat comment. */
    record Chat(String msgId, long timestamp, Sender user, String comment) implements LiveEvent {}

    /** A viewer joined. */
    record Member(String msgId, long timestamp, Sender user) implements LiveEvent {}

    /** The room went LIVE or OFFLINE. */
    record RoomStatus(String msgId, long timestamp, LiveStatus status) implements LiveEvent {}
}
