package io.battlesim.app.battle;

import io.battlesim.engine.powerup.RejectReason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What became of one submitted event, known once it is durably logged (or refused without logging). */
public sealed interface Admission {

    /** The accepted admission. */
    Admission ACCEPTED = new Accepted();

    /** The duplicate admission. */
    Admission DUPLICATE = new Duplicate();

    /** The late admission. */
    Admission LATE = new Late();

    /** The event is logged and applied: it changed the battle (a score, a pending streak, the timer, ...). */
    record Accepted() implements Admission {}

    /**
     * The event is logged and claims its id (sending it again is a duplicate), but the battle applied nothing for
     * it, such as a stale streak tap or a tap of a streak that already ended.
     *
     * @param reason why, for the sender; never null
     */
    record Ignored(String reason) implements Admission {
        public Ignored {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** An event with the same id was accepted before; nothing changed. */
    record Duplicate() implements Admission {}

    /** The event came after the battle's end; recorded, the result is unchanged. */
    record Late() implements Admission {}

    /**
     * The event was refused.
     *
     * @param reason why, for the sender; never null
     */
    record Rejected(String reason) implements Admission {
        public Rejected {
            Objects.requireNonNull(reason, "reason must not be null");
        }

        /** The engine's reject reason this answer names (a refused booster or vote), or null for another reason. */
        public @Nullable RejectReason rejectReason() {
            try {
                return RejectReason.valueOf(reason);
            } catch (IllegalArgumentException other) {
                return null;
            }
        }
    }

    /**
     * The ingest API's status word: {@code accepted}, {@code ignored}, {@code duplicate}, {@code late} or {@code
     * rejected}.
     */
    default String status() {
        return switch (this) {
            case Accepted a -> "accepted";
            case Ignored i -> "ignored";
            case Duplicate d -> "duplicate";
            case Late l -> "late";
            case Rejected r -> "rejected";
        };
    }
}
