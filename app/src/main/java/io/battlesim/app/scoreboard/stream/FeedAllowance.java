package io.battlesim.app.scoreboard.stream;

import java.util.function.LongSupplier;

/**
 * How many gifts one client's feed may still show: a token bucket refilled at a steady rate up to a burst. A
 * quiet battle shows every gift; a battle with hundreds of gifts a second shows each viewer a readable stream of
 * the biggest ones (see {@link FeedPick}) instead of sending every viewer every gift. Scores always count every
 * gift. Used by one client's drain at a time; not thread-safe.
 */
final class FeedAllowance {

    private final double perNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    /**
     * @param perSecond gifts shown per second in the long run; zero or negative: no limit
     * @param burst gifts shown at once after a quiet spell (at least one)
     */
    FeedAllowance(double perSecond, int burst, LongSupplier nanoTime) {
        this.perNano = perSecond / 1e9;
        this.burst = Math.max(1, burst);
        this.nanoTime = nanoTime;
        this.tokens = this.burst;
        this.refilledAt = nanoTime.getAsLong();
    }

    /** Every gift is shown. */
    static FeedAllowance unlimited() {
        return new FeedAllowance(0, 1, () -> 0);
    }

    /** Gifts the feed may show now. */
    int available() {
        if (perNano <= 0) {
            return Integer.MAX_VALUE;
        }
        long now = nanoTime.getAsLong();
        tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        return (int) tokens;
    }

    /** One gift was shown. */
    void spend() {
        if (perNano > 0) {
            tokens = Math.max(0, tokens - 1);
        }
    }
}
