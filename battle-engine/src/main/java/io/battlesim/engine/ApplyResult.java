package io.battlesim.engine;

import io.battlesim.engine.powerup.RejectReason;
import java.util.List;
import java.util.Objects;

/** What applying one event did; a value, never an exception. */
public sealed interface ApplyResult {

    /**
     * The event changed the battle.
     *
     * @param version the battle's version after the event
     * @param changes what changed, in order; never null
     */
    record Applied(long version, List<Change> changes) implements ApplyResult {
        public Applied {
            changes = List.copyOf(Objects.requireNonNull(changes, "changes must not be null"));
        }
    }

    /** The event's id was seen before; nothing changed. */
    record Duplicate() implements ApplyResult {}

    /**
     * The event was valid but changed nothing.
     *
     * @param reason why; never null
     */
    record Ignored(IgnoreReason reason) implements ApplyResult {
        public Ignored {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** The event came after the battle's end (by phase or by its timestamp); recorded, the result is unchanged. */
    record Late() implements ApplyResult {}

    /**
     * A power-up trigger the rules refused.
     *
     * @param reason why; never null
     */
    record Rejected(RejectReason reason) implements ApplyResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }
}
