package io.battlesim.app.battle;

import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.RejectReason;
import java.util.Objects;

/** What became of a power-up trigger: activated, or refused by the battle's rules. */
public sealed interface PowerUpResult {

    /** Whether the power-up was activated. */
    default boolean activated() {
        return this instanceof Activated;
    }

    /**
     * The power-up is in force (logged and applied).
     *
     * @param sideId the side that used it
     * @param kind the power-up
     */
    record Activated(String sideId, PowerUpKind kind) implements PowerUpResult {
        public Activated {
            Objects.requireNonNull(sideId, "sideId must not be null");
            Objects.requireNonNull(kind, "kind must not be null");
        }
    }

    /**
     * The rules refused it (the attempt is logged all the same).
     *
     * @param reason why; never null
     */
    record Refused(RejectReason reason) implements PowerUpResult {
        public Refused {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }
}
