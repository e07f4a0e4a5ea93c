package io.battlesim.bench.audience;

/**
 * Open-loop pacing at a steady rate: how many sends are due by a moment, counted from a start, so a sender that
 * stalls (a GC pause, a full in-flight limit) catches up instead of drifting below the rate. Not thread-safe: one per
 * sending thread.
 */
final class Pacer {

    private final double perSecond;
    private final long startNanos;
    private long taken;

    /**
     * @param perSecond sends per second, at least 0
     * @param startNanos {@code System.nanoTime()} of the start
     */
    Pacer(double perSecond, long startNanos) {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("perSecond must be a finite number >= 0, was " + perSecond);
        }
        this.perSecond = perSecond;
        this.startNanos = startNanos;
    }

    /** The sends due by {@code nowNanos} and not taken before; they count as taken. */
    int take(long nowNanos) {
        long due = due(nowNanos);
        int count = (int) Math.min(Integer.MAX_VALUE, Math.max(0, due - taken));
        taken += count;
        return count;
    }

    /** Nanoseconds from {@code nowNanos} until the next send is due (0 when one is due already). */
    long nanosUntilNext(long nowNanos) {
        if (perSecond == 0) {
            return Long.MAX_VALUE;
        }
        long nextDue = startNanos + (long) Math.ceil((taken + 1) * 1e9 / perSecond);
        return Math.max(0, nextDue - nowNanos);
    }

    /** Sends taken so far. */
    long taken() {
        return taken;
    }

    private long due(long nowNanos) {
        long elapsed = nowNanos - startNanos;
        return elapsed <= 0 ? 0 : (long) Math.floor(elapsed * perSecond / 1e9);
    }
}
