package io.battlesim.engine.audience;

import io.battlesim.engine.powerup.PowerUpKind;
import java.util.Objects;

/** A viewer's vote read from a LIVE chat comment by {@link ChatCommands}. */
public sealed interface ChatCommand {

    /** The 0-based index of the side the viewer votes for. */
    int side();

    /**
     * A vote for a side, from {@code !vote a} or {@code #a}.
     *
     * @param side the 0-based side index
     */
    record Vote(int side) implements ChatCommand {

        public Vote {
            checkSide(side);
        }
    }

    /**
     * A vote for a booster on a side, from {@code !boost glove a} or {@code !boost a glove}.
     *
     * @param booster the booster; never null
     * @param side the 0-based side index
     */
    record Boost(PowerUpKind booster, int side) implements ChatCommand {

        public Boost {
            Objects.requireNonNull(booster, "booster must not be null");
            checkSide(side);
        }
    }

    private static void checkSide(int side) {
        if (side < 0) {
            throw new IllegalArgumentException("side must not be negative but was " + side);
        }
    }
}
