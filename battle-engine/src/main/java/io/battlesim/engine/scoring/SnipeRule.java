package io.battlesim.engine.scoring;

import java.util.Objects;

/**
 * The one definition of a snipe, for every code that names one (battle analytics, the live badge): a gift committed in
 * the battle's final stretch that changed the leader or brought its side within reach of the leader.
 *
 * <ul>
 *   <li><b>Final stretch</b>: the last {@code snipeWindow} of the battle's timer as it stands when the gift is
 *       committed ({@link io.battlesim.engine.BattleConfig#snipeWindow()}, 30 s by default), so a later time extension
 *       or an early end does not turn a gift into a snipe after the fact.
 *   <li><b>Changed the leader</b>: its side was not strictly ahead of every other side before the gift, and is after
 *       it.
 *   <li><b>Within reach</b>: after the gift its side trails the best other side by no more than the gift's own
 *       points (level included), so the same gift once more would at least draw level.
 * </ul>
 *
 * A side that was already strictly ahead snipes nobody, and a gift of no points (frozen, below {@code
 * snipeMinPoints}) is no snipe. Scores are the displayed scores just before the gift.
 */
public final class SnipeRule {

    /** What a gift did to the race. */
    public enum Outcome {
        /** Not a snipe. */
        NONE,
        /** Its side went strictly ahead of every other side. */
        TOOK_LEAD,
        /** Its side drew level with the best other side. */
        DREW_LEVEL,
        /** Its side still trails, by no more than the gift's own points. */
        WITHIN_REACH;

        /** Whether this is a snipe. */
        public boolean isSnipe() {
            return this != NONE;
        }
    }

    private SnipeRule() {}

    /**
     * Whether a gift committed at {@code at} falls in the final stretch of a timer ending at {@code endsAt}.
     *
     * @param windowMillis the snipe window; zero means no snipes
     */
    public static boolean inFinalStretch(long at, long endsAt, long windowMillis) {
        return windowMillis > 0 && at <= endsAt && at >= endsAt - windowMillis;
    }

    /**
     * What a gift of {@code points} for side {@code side} did to the race, whenever it came.
     *
     * @param scoresBefore every side's displayed score just before the gift; never null
     * @param side the gift's side, an index into {@code scoresBefore}
     * @param points the points the gift scored (after boosters and freezes)
     */
    public static Outcome outcome(long[] scoresBefore, int side, long points) {
        Objects.requireNonNull(scoresBefore, "scoresBefore must not be null");
        if (points <= 0) {
            return Outcome.NONE;
        }
        long best = Long.MIN_VALUE;
        for (int other = 0; other < scoresBefore.length; other++) {
            if (other != side) {
                best = Math.max(best, scoresBefore[other]);
            }
        }
        if (scoresBefore[side] > best) {
            return Outcome.NONE;
        }
        // Scores never go below zero, so the gap fits a long; gap - points avoids computing 2 * points.
        long gap = best - scoresBefore[side];
        if (gap < points) {
            return Outcome.TOOK_LEAD;
        }
        if (gap == points) {
            return Outcome.DREW_LEVEL;
        }
        return gap - points <= points ? Outcome.WITHIN_REACH : Outcome.NONE;
    }

    /**
     * The whole rule: what a gift did, if it is a snipe, else {@link Outcome#NONE}.
     *
     * @param at when the gift was committed
     * @param endsAt the battle's end as it stood then
     * @param windowMillis the snipe window ({@link io.battlesim.engine.BattleConfig#snipeWindow()})
     * @param minPoints the smallest snipe in points ({@link io.battlesim.engine.BattleConfig#snipeMinPoints()})
     * @param scoresBefore every side's displayed score just before the gift; never null
     * @param side the gift's side
     * @param points the points the gift scored
     */
    public static Outcome snipe(
            long at, long endsAt, long windowMillis, long minPoints, long[] scoresBefore, int side, long points) {
        if (!inFinalStretch(at, endsAt, windowMillis) || points < minPoints) {
            return Outcome.NONE;
        }
        return outcome(scoresBefore, side, points);
    }
}
