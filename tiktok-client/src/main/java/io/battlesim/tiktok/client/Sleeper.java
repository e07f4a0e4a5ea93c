package io.battlesim.tiktok.client;

import java.time.Duration;

/** Pauses the calling thread between retries and while waiting for the rate limiter; replaceable in tests. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Pauses for the given duration.
     *
     * @param duration how long to pause, never null or negative
     * @throws InterruptedException when the thread is interrupted while paused
     */
    void sleep(Duration duration) throws InterruptedException;

    /** The real sleeper, backed by {@link Thread#sleep(Duration)}. */
    static Sleeper system() {
        return Thread::sleep;
    }
}
