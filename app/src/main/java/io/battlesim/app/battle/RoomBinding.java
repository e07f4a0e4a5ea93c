package io.battlesim.app.battle;

import java.util.List;
import java.util.Objects;

/**
 * A creator's LIVE room bound to a side of a battle.
 *
 * @param username the creator's TikTok handle; never null
 * @param roomId the LIVE room's id; never null
 * @param hostUserId the host's user id (gifts without a receiver count for the host); never null
 * @param guestUserIds guests in that room who play for the same side; never null
 */
public record RoomBinding(String username, String roomId, String hostUserId, List<String> guestUserIds) {

    public RoomBinding {
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(roomId, "roomId must not be null");
        Objects.requireNonNull(hostUserId, "hostUserId must not be null");
        guestUserIds = List.copyOf(Objects.requireNonNull(guestUserIds, "guestUserIds must not be null"));
    }

    /** A room hosted by one creator without guests. */
    public static RoomBinding host(String username, String roomId, String hostUserId) {
        return new RoomBinding(username, roomId, hostUserId, List.of());
    }
}
