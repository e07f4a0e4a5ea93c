package io.battlesim.tiktok.emulator.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** The request times of one token on one endpoint during the last minute. */
final class SlidingWindow {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Deque<Instant> hits = new ArrayDeque<>();

    synchronized boolean tryAcquire(Instant now, int limit) {
        evictBefore(now);
        if (hits.size() >= limit) {
            return false;
        }
        hits.addLast(now);
        return true;
    }

    synchronized boolean idleAt(Instant now) {
        evictBefore(now);
        return hits.isEmpty();
    }

    private void evictBefore(Instant now) {
        Instant start = now.minus(WINDOW);
        while (!hits.isEmpty() && !hits.peekFirst().isAfter(start)) {
            hits.removeFirst();
        }
    }
}
