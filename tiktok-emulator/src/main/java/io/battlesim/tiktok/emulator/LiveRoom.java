package io.battlesim.tiktok.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a sandbox creator's LIVE room.
 *
 * @param roomId the stable room id (19 digits), never null
 * @param username the host's handle, never null
 * @param displayName the host's display name; untrusted text
 * @param hostUserId the host's Live API user id, the default {@code receiver_user_id}
 * @param status LIVE or OFFLINE
 * @param title the stream title; untrusted text
 * @param viewerCount current viewers, 0 when offline
 * @param startedAt when the current broadcast started, null when offline
 * @param guests the multi-guest guests, empty when there are none or the room is offline
 * @param eventsPerSecond the generator's average pace for this room, 0 when only manual events flow
 * @param lastSeq the {@code seq} of the room's latest message (every room starts with a {@code room_status})
 */
public record LiveRoom(
        String roomId,
        String username,
        String displayName,
        String hostUserId,
        LiveStatus status,
        String title,
        long viewerCount,
        @Nullable Instant startedAt,
        List<LiveGuest> guests,
        double eventsPerSecond,
        long lastSeq) {

    /** Checks the values and stores an unmodifiable guest list. */
    public LiveRoom {
        Objects.requireNonNull(roomId, "roomId must not be null");
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
        Objects.requireNonNull(hostUserId, "hostUserId must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(title, "title must not be null");
        guests = List.copyOf(guests);
        if ((status == LiveStatus.LIVE) != (startedAt != null)) {
            throw new IllegalArgumentException("startedAt must be set exactly when the room is LIVE");
        }
    }

    /**
     * Whether the creator is broadcasting.
     *
     * @return true when LIVE
     */
    public boolean live() {
        return status == LiveStatus.LIVE;
    }
}
