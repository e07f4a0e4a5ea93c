package io.battlesim.engine.agent;

import io.battlesim.engine.powerup.PowerUpKind;
import java.util.Objects;

/** Something an agent paid for in one step, for the simulator to deliver as LIVE events. */
public sealed interface Order {

    /**
     * Send a gift: a streak of {@code count} taps for a streakable gift, else {@code count} units at once.
     *
     * @param gift the gift; never null
     * @param count units, positive
     */
    record Give(CatalogueGift gift, int count) implements Order {

        public Give {
            Objects.requireNonNull(gift, "gift must not be null");
            if (count < 1) {
                throw new IllegalArgumentException("count must be positive but was " + count);
            }
        }

        /** The coins this gift costs. */
        public long coins() {
            return (long) count * gift.coins();
        }
    }

    /**
     * Use a booster for the agent's side; the battle's rules may still refuse it.
     *
     * @param kind the booster; never null
     */
    record Boost(PowerUpKind kind) implements Order {

        public Boost {
            Objects.requireNonNull(kind, "kind must not be null");
        }
    }
}
