package io.battlesim.engine.event;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A like event from a LIVE room (TikTok batches up to 15 taps per event).
 *
 * @param eventId the source's {@code msgId}; never null
 * @param roomId the LIVE room; never null
 * @param sender who liked; never null
 * @param receiverUserId the host or guest liked, or null (then the room's host)
 * @param likeCount likes in this event, not negative
 * @param timestamp when it happened, epoch milliseconds
 */
public record LikeReceived(
        String eventId,
        String roomId,
        Sender sender,
        @Nullable String receiverUserId,
        int likeCount,
        long timestamp) implements LiveEvent {

    public LikeReceived {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(roomId, "roomId must not be null");
        Objects.requireNonNull(sender, "sender must not be null");
        if (likeCount < 0) {
            throw new IllegalArgumentException("likeCount must not be negative but was " + likeCount);
        }
    }
}
