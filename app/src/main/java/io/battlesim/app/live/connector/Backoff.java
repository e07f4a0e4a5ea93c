package io.battlesim.app.live.connector;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: attempt {@code n} waits a random time between half and all of {@code min x 2^n}
 * (never less than {@code min}), capped at {@code max}, so connectors dropped at once do not come back in lockstep.
 */
record Backoff(Duration min, Duration max, RandomGenerator random) {

    Duration delay(int attempt) {
        long minMillis = min.toMillis();
        long cap = max.toMillis();
        long ceiling = attempt >= 30 ? cap : Math.min(cap, minMillis << Math.max(0, attempt));
        long half = ceiling / 2;
        long jittered = half + random.nextLong(ceiling - half + 1);
        return Duration.ofMillis(Math.max(minMillis, jittered));
    }
}
