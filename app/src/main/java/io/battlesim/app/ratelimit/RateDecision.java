package io.battlesim.app.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** The answer of a {@link RateLimiter}: allowed (with the tokens left), or refused (with the wait for a token). */
public sealed interface RateDecision {

    /**
     * The request may go ahead.
     *
     * @param remaining tokens left in the bucket after this one
     */
    record Allowed(long remaining) implements RateDecision {}

    /**
     * The bucket is empty.
     *
     * @param retryAfter how long until the next token
     */
    record Refused(Duration retryAfter) implements RateDecision {

        public Refused {
            Objects.requireNonNull(retryAfter, "retryAfter must not be null");
        }

        /** The {@code Retry-After} value: whole seconds, rounded up, at least 1. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }
}
