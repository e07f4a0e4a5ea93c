package io.battlesim.app.battle;

import io.battlesim.engine.AudienceSnapshot;
import io.battlesim.engine.powerup.RejectReason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of a viewer's vote, once the battle has logged it.
 *
 * @param outcome counted, refused, already counted, or too late
 * @param reason why it was refused, or null
 * @param audience the audience's votes and goals after the vote, or null when the battle is not running
 */
public record VoteAnswer(
        Outcome outcome,
        @Nullable RejectReason reason,
        @Nullable AudienceSnapshot audience) {

    public VoteAnswer {
        Objects.requireNonNull(outcome, "outcome must not be null");
    }

    /** What became of the vote. */
    public enum Outcome {
        /** Logged and counted. */
        COUNTED,
        /** Logged but not counted: the audience rules refused it ({@link #reason()} says why). */
        REFUSED,
        /** A vote with this id was counted or refused before; nothing changed. */
        DUPLICATE,
        /** The battle is over (or not running yet: then the reason is {@code NOT_LIVE}). */
        CLOSED
    }

    /** Whether the vote counted. */
    public boolean counted() {
        return outcome == Outcome.COUNTED;
    }
}
