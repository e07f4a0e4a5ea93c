package io.battlesim.engine.scoring;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;

/**
 * A battle's snipes, oldest first, at most the latest {@link #KEPT}. A snipe is a gift scored in the final stretch
 * (the last {@code snipeWindow} of the timer as it stands when the gift is committed) by a side that was not ahead,
 * which takes the lead, draws level, or leaves its side behind by no more than the gift's own points (the same gift
 * once more would draw level). It is decided once, as the gift is committed, so the live gift feed and the final
 * result name the same gifts; a later extension of the timer or an early end changes nothing.
 */
public final class Snipes {

    /** Snipes kept (the latest); pages show fewer. */
    public static final int KEPT = 50;

    private final ArrayDeque<Snipe> kept = new ArrayDeque<>();

    /**
     * Whether a gift of {@code points} for side {@code side} turns the battle: the side was not strictly ahead of every
     * other side before it, and afterwards leads, is level, or trails by at most {@code points}.
     *
     * @param scoresBefore every side's displayed score before the gift; never null
     * @param side the gift's side, an index into {@code scoresBefore}
     * @param points the points the gift scores (after boosters and freezes)
     */
    public static boolean turnsTheBattle(long[] scoresBefore, int side, long points) {
        Objects.requireNonNull(scoresBefore, "scoresBefore must not be null");
        if (points <= 0) {
            return false;
        }
        long best = Long.MIN_VALUE;
        for (int other = 0; other < scoresBefore.length; other++) {
            if (other != side) {
                best = Math.max(best, scoresBefore[other]);
            }
        }
        if (scoresBefore[side] > best) {
            return false;
        }
        // Only a gap beyond Long.MAX_VALUE wraps (to a negative number), and no gift reaches that far.
        long gap = best - scoresBefore[side];
        return gap >= 0 && gap <= Saturating.multiply(points, 2);
    }

    /** Adds a snipe, forgetting the oldest beyond {@link #KEPT}. */
    public void add(Snipe snipe) {
        kept.addLast(Objects.requireNonNull(snipe, "snipe must not be null"));
        if (kept.size() > KEPT) {
            kept.removeFirst();
        }
    }

    /** The snipes kept, oldest first; never null. */
    public List<Snipe> all() {
        return List.copyOf(kept);
    }
}
