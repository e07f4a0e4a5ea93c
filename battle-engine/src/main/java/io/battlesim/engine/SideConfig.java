package io.battlesim.engine;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One side of a battle: a team of one or more creators. A gift counts for the side whose creator received it
 * ({@code receiverUserIds}, hosts and guests); a gift without a receiver counts for the side hosting the room.
 *
 * @param id the side's id, used in commands and snapshots; never null or blank
 * @param label a display name, untrusted text; never null
 * @param roomIds the LIVE rooms this side's creators host; never null
 * @param receiverUserIds the user ids of this side's creators (hosts and guests); never null
 */
public record SideConfig(String id, String label, Set<String> roomIds, Set<String> receiverUserIds) {

    public SideConfig {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(label, "label must not be null");
        roomIds = Set.copyOf(Objects.requireNonNull(roomIds, "roomIds must not be null"));
        receiverUserIds = Set.copyOf(Objects.requireNonNull(receiverUserIds, "receiverUserIds must not be null"));
        if (id.isBlank()) {
            throw new IllegalArgumentException("side id must not be blank");
        }
        if (roomIds.isEmpty() && receiverUserIds.isEmpty()) {
            throw new IllegalArgumentException("side " + id + " needs at least one room or receiver");
        }
    }

    /** A side of one creator hosting their own LIVE room. */
    public static SideConfig host(String id, String label, String roomId, String hostUserId) {
        return new SideConfig(id, label, Set.of(roomId), Set.of(hostUserId));
    }

    /** This side with another creator hosting a room (team battles). */
    public SideConfig withHost(String roomId, String hostUserId) {
        return new SideConfig(id, label, plus(roomIds, roomId), plus(receiverUserIds, hostUserId));
    }

    /** This side with a guest creator who receives gifts in someone's room. */
    public SideConfig withGuest(String guestUserId) {
        return new SideConfig(id, label, roomIds, plus(receiverUserIds, guestUserId));
    }

    private static Set<String> plus(Set<String> set, String value) {
        Set<String> copy = new HashSet<>(set);
        copy.add(Objects.requireNonNull(value, "value must not be null"));
        return copy;
    }
}
