package io.battlesim.app.battle;

import java.util.Objects;

/** What became of one submitted event, known once it is durably logged (or refused without logging). */
public sealed interface Admission {

    /** The accepted admission. */
    Admission ACCEPTED = new Accepted();

    /** The duplicate admission. */
    Admission DUPLICATE = new Duplicate();

    /** The late admission. */
    Admission LATE = new Late();

    /** The event is logged and applied (it may still have changed nothing, such as a stale streak tap). */
    record Accepted() implements Admission {}

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
    }

    /** The ingest API's status word: {@code accepted}, {@code duplicate}, {@code late} or {@code rejected}. */
    default String status() {
        return switch (this) {
            case Accepted a -> "accepted";
            case Duplicate d -> "duplicate";
            case Late l -> "late";
            case Rejected r -> "rejected";
        };
    }
}
