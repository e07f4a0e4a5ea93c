package io.battlesim.app.analytics.compute;

/**
 * How a battle ended, in the two ways the creator analytics count:
 *
 * <ul>
 *   <li><b>Won by a snipe</b>: the winner took its final lead with a snipe ({@link
 *       io.battlesim.engine.scoring.SnipeRule}); every other side lost by a snipe.
 *   <li><b>Comeback</b>: the winner trailed the leading side by more than {@value #COMEBACK_DEFICIT_PERCENT}% of the
 *       leader's score at some moment with less than {@value #COMEBACK_SECONDS} seconds left on the timer (as it
 *       stood then); every other side suffered a comeback.
 * </ul>
 */
final class Endings {

    static final int COMEBACK_DEFICIT_PERCENT = 25;
    static final int COMEBACK_SECONDS = 60;
    private static final long COMEBACK_WINDOW_MILLIS = COMEBACK_SECONDS * 1_000L;

    private final boolean[] trailedLate;
    private int lastLeader = -1;
    private boolean lastLeadBySnipe;

    Endings(int sides) {
        this.trailedLate = new boolean[sides];
    }

    /**
     * The scores held until {@code at}; counts a deep deficit when that moment falls in the last {@value
     * #COMEBACK_SECONDS} seconds before {@code endsAt}.
     */
    void scoresHeldUntil(long at, long endsAt, long[] scores) {
        if (at <= endsAt - COMEBACK_WINDOW_MILLIS) {
            return;
        }
        for (int side = 0; side < scores.length; side++) {
            if (deeplyBehind(scores, side)) {
                trailedLate[side] = true;
            }
        }
    }

    /** A side took the lead, by a snipe or not. */
    void leadTaken(int side, boolean bySnipe) {
        lastLeader = side;
        lastLeadBySnipe = bySnipe;
    }

    /** Whether {@code winner} took its final lead with a snipe. */
    boolean wonBySnipe(int winner) {
        return winner >= 0 && winner == lastLeader && lastLeadBySnipe;
    }

    /** Whether {@code winner} came back from a deep deficit in the final seconds. */
    boolean comeback(int winner) {
        return winner >= 0 && trailedLate[winner];
    }

    /** Whether {@code side} trails the best other side by more than the comeback deficit of that side's score. */
    static boolean deeplyBehind(long[] scores, int side) {
        long best = 0;
        for (int other = 0; other < scores.length; other++) {
            if (other != side) {
                best = Math.max(best, scores[other]);
            }
        }
        long gap = best - scores[side];
        return gap > 0 && (double) gap * 100 > (double) best * COMEBACK_DEFICIT_PERCENT;
    }
}
