package io.battlesim.engine.sim;

import io.battlesim.engine.agent.AgentSpec;
import java.util.Objects;

/**
 * An agent playing for one side of a simulated battle.
 *
 * @param agent who plays; never null
 * @param side the side's index in the battle's configuration, not negative
 */
public record Seat(AgentSpec agent, int side) {

    public Seat {
        Objects.requireNonNull(agent, "agent must not be null");
        if (side < 0) {
            throw new IllegalArgumentException("side must not be negative but was " + side);
        }
    }
}
