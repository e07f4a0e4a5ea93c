package io.battlesim.engine.event;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A gift event from a LIVE room, in the shape every LIVE client library delivers.
 *
 * @param eventId the source's {@code msgId}; never null
 * @param roomId the LIVE room; never null
 * @param sender who sent the gift; never null
 * @param receiverUserId the host or guest it went to, or null (then the room's host)
 * @param gift the gift; never null
 * @param repeatCount units so far: cumulative within a streak, at least 1
 * @param repeatEnd whether this event ends the streak
 * @param groupId the streak (combo) id, or null when the source has none
 * @param timestamp when it happened, epoch milliseconds
 */
public record GiftReceived(
        String eventId,
        String roomId,
        Sender sender,
        @Nullable String receiverUserId,
        Gift gift,
        int repeatCount,
        boolean repeatEnd,
        @Nullable String groupId,
        long timestamp)
        implements LiveEvent {

    public GiftReceived {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(roomId, "roomId must not be null");
        Objects.requireNonNull(sender, "sender must not be null");
        Objects.requireNonNull(gift, "gift must not be null");
        if (repeatCount < 1) {
            throw new IllegalArgumentException("repeatCount must be at least 1 but was " + repeatCount);
        }
    }
}
