package io.battlesim.app.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket's shape: it holds at most {@code capacity} tokens (the burst) and gets {@code refill} tokens back
 * every {@code period}, spread evenly (a token every {@code period / refill}). Plain values, so that a shared store
 * (Redis) can rebuild the same bucket on any node.
 *
 * @param name the policy's name, unique: buckets of different policies never mix, and metrics are tagged with it
 * @param capacity the most tokens the bucket holds, at least 1
 * @param refill the tokens added back per period, at least 1
 * @param period the refill period, positive
 */
public record RatePolicy(String name, long capacity, long refill, Duration period) {

    public RatePolicy {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(period, "period must not be null");
        if (capacity < 1 || refill < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("rate policy " + name + " needs capacity >= 1, refill >= 1 and a"
                    + " positive period: " + capacity + ", " + refill + ", " + period);
        }
    }

    /** How long an untouched bucket takes to fill up from empty: after that it is as good as a new one. */
    public Duration timeToFill() {
        long periods = (capacity + refill - 1) / refill;
        return period.multipliedBy(periods);
    }
}
