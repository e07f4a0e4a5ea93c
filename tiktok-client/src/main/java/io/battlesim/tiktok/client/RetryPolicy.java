package io.battlesim.tiktok.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently the client repeats a call that failed in a way that is safe to repeat: exponential
 * backoff with full jitter, capped at {@code maxDelay}.
 *
 * @param maxAttempts total attempts including the first, at least 1
 * @param baseDelay the backoff cap of the first retry, never null or negative
 * @param maxDelay the largest backoff cap, never null and not below {@code baseDelay}
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    private static final RetryPolicy DEFAULTS = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));
    private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    /** Validates the policy. */
    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay must not be null");
        Objects.requireNonNull(maxDelay, "maxDelay must not be null");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
        }
        if (baseDelay.isNegative()) {
            throw new IllegalArgumentException("baseDelay must not be negative but was " + baseDelay);
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " must not be below baseDelay " + baseDelay);
        }
    }

    /** Three attempts, 200 ms base delay, 5 s maximum delay. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** A single attempt: never retry. */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * The upper bound of the pause before retry number {@code retry} (1 = first retry): {@code baseDelay * 2^(retry
     * - 1)}, capped at {@code maxDelay}.
     */
    Duration backoffCap(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be at least 1 but was " + retry);
        }
        int doublings = Math.min(retry - 1, 30);
        long capNanos = saturatedShift(baseDelay.toNanos(), doublings);
        return Duration.ofNanos(Math.min(capNanos, maxDelay.toNanos()));
    }

    /** Full jitter: a uniformly random pause in {@code [0, backoffCap(retry)]}; {@code unit} is in [0, 1). */
    Duration backoff(int retry, double unit) {
        if (unit < 0 || unit >= 1) {
            throw new IllegalArgumentException("unit must be in [0, 1) but was " + unit);
        }
        return Duration.ofNanos((long) (backoffCap(retry).toNanos() * unit));
    }

    private static long saturatedShift(long value, int bits) {
        return value > (Long.MAX_VALUE >> bits) ? Long.MAX_VALUE : value << bits;
    }
}
