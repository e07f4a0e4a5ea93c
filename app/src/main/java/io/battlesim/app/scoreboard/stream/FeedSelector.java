package io.battlesim.app.scoreboard.stream;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Which committed gifts a battle's feed shows. While gifts come slowly, every one; when they come faster than a
 * viewer can read (or than 10,000 viewers can be sent), about {@code perSecond} of the biggest: gifts below a
 * threshold are left out, the threshold being the smallest power of two that at most {@code perSecond} gifts of
 * the last second reached, and a token bucket caps bursts. One decision per gift for the whole battle, so every
 * viewer (the overlay in OBS and the scoreboard page alike) sees the same feed. Scores count every gift either way.
 * Called from one battle's processing only; not thread-safe.
 */
final class FeedSelector {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final int[] lastSecond = new int[64];
    private long windowStart;
    private int thresholdBit;
    private double tokens;
    private long refilledAt;

    /** @param perSecond gifts shown per second at most in the long run; zero or negative: every gift */
    FeedSelector(double perSecond, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, perSecond);
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.windowStart = nanoTime.getAsLong();
        this.refilledAt = windowStart;
    }

    /** Shows every gift. */
    static FeedSelector everyGift() {
        return new FeedSelector(0, () -> 0);
    }

    /** Whether a committed gift worth {@code coins} goes into the feed. */
    boolean shows(long coins) {
        if (perSecond <= 0) {
            return true;
        }
        long now = nanoTime.getAsLong();
        if (now - windowStart >= WINDOW_NANOS) {
            thresholdBit = now - windowStart >= 2 * WINDOW_NANOS ? 0 : thresholdOf(lastSecond);
            Arrays.fill(lastSecond, 0);
            windowStart = now;
        }
        int bit = 63 - Long.numberOfLeadingZeros(Math.max(1, coins));
        lastSecond[bit]++;
        tokens = Math.min(burst, tokens + (now - refilledAt) * perSecond / 1e9);
        refilledAt = now;
        if (bit < thresholdBit || tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** The smallest power of two (as a bit) that at most {@link #perSecond} of the counted gifts reached. */
    private int thresholdOf(int[] counts) {
        int reached = 0;
        for (int bit = counts.length - 1; bit >= 0; bit--) {
            reached += counts[bit];
            if (reached > perSecond) {
                return bit + 1;
            }
        }
        return 0;
    }
}
