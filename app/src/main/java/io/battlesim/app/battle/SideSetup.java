package io.battlesim.app.battle;

import java.util.List;
import java.util.Objects;

/**
 * One side of a battle: a label and the LIVE rooms (one for a solo creator, several for a team) whose gifts count
 * for it.
 *
 * @param label a display name, untrusted text; never null
 * @param rooms one or more rooms; never null
 */
public record SideSetup(String label, List<RoomBinding> rooms) {

    public SideSetup {
        Objects.requireNonNull(label, "label must not be null");
        rooms = List.copyOf(Objects.requireNonNull(rooms, "rooms must not be null"));
    }
}
