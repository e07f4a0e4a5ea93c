package io.battlesim.engine.powerup;

import java.util.Objects;

/**
 * The effect windows currently set on one side: at most one window per {@link Effect}, the latest opened wins.
 * A window covers {@code [from, until)} in battle time (epoch milliseconds). Engine-internal and not thread-safe.
 */
public final class EffectWindows {

    private static final Effect[] EFFECTS = Effect.values();

    private final long[] from = new long[EFFECTS.length];
    private final long[] until = new long[EFFECTS.length];
    private final int[] factor = new int[EFFECTS.length];

    /** Opens (or replaces) the window of one effect. */
    public void open(Effect effect, long start, long end, int windowFactor) {
        Objects.requireNonNull(effect, "effect must not be null");
        if (end < start) {
            throw new IllegalArgumentException("window must not end (" + end + ") before it starts (" + start + ")");
        }
        int i = effect.ordinal();
        from[i] = start;
        until[i] = end;
        factor[i] = windowFactor;
    }

    /** Whether the effect covers the instant {@code t}. */
    public boolean active(Effect effect, long t) {
        int i = effect.ordinal();
        return t >= from[i] && t < until[i];
    }

    /** The points factor at {@code t}: 0 while frozen, else the highest active multiplier (at least 1). */
    public int pointsFactor(long t) {
        if (active(Effect.FREEZE, t)) {
            return 0;
        }
        return multiplier(t);
    }

    /** The highest active multiplier at {@code t}, 1 when none is active. */
    public int multiplier(long t) {
        int result = 1;
        if (active(Effect.BOOST, t)) {
            result = Math.max(result, factor[Effect.BOOST.ordinal()]);
        }
        if (active(Effect.TASK_MULTIPLIER, t)) {
            result = Math.max(result, factor[Effect.TASK_MULTIPLIER.ordinal()]);
        }
        return result;
    }

    /** Start of the effect's latest window. */
    public long from(Effect effect) {
        return from[effect.ordinal()];
    }

    /** End (exclusive) of the effect's latest window. */
    public long until(Effect effect) {
        return until[effect.ordinal()];
    }

    /** Factor of the effect's latest window. */
    public int factor(Effect effect) {
        return factor[effect.ordinal()];
    }

    /** The earliest window boundary strictly after {@code t}, or {@link Long#MAX_VALUE} when none is ahead. */
    public long nextBoundaryAfter(long t) {
        long next = Long.MAX_VALUE;
        for (int i = 0; i < EFFECTS.length; i++) {
            if (from[i] > t) {
                next = Math.min(next, from[i]);
            }
            if (until[i] > t) {
                next = Math.min(next, until[i]);
            }
        }
        return next;
    }
}
