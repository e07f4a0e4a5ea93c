package io.battlesim.engine.scoring;

/**
 * Saturating arithmetic for scores, coins and likes: a result beyond {@link Long#MAX_VALUE} (or {@link
 * Long#MIN_VALUE}) stays at that bound instead of wrapping around to the other sign.
 *
 * <p>The engine saturates rather than refusing the event: events are valid one by one (sources bound what one
 * event may be worth), so only an absurd total can get there, and a side pinned at the maximum still leads rather
 * than dropping below zero. Replays saturate the same way, so a rebuilt battle is identical.
 */
public final class Saturating {

    private Saturating() {}

    /** {@code a + b}, or the bound it would pass. */
    public static long add(long a, long b) {
        long sum = a + b;
        // Overflow only when both operands have the same sign and the sum has the other one.
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /** {@code a * b}, or the bound it would pass. */
    public static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low;
        }
        return (a ^ b) < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** {@code count + 1}, or {@link Integer#MAX_VALUE} when it is there already. */
    public static int increment(int count) {
        return count == Integer.MAX_VALUE ? count : count + 1;
    }
}
