package io.battlesim.engine.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Follows who leads. The leader is the last side to get strictly ahead of all others; a tie does not take the
 * lead away. The first lead is the start of the timeline, every later one a lead change.
 */
public final class LeadTracker {

    private final List<String> sideIds;
    private final List<LeadChange> timeline = new ArrayList<>();
    private int leader = -1;

    /** A tracker for sides named by index in {@code sideIds}. */
    public LeadTracker(List<String> sideIds) {
        this.sideIds = List.copyOf(Objects.requireNonNull(sideIds, "sideIds must not be null"));
    }

    /** After only {@code side}'s score rose: records a new lead if that side is now strictly ahead. */
    public boolean afterRise(long[] scores, int side, long at) {
        if (side == leader || !strictlyAhead(scores, side)) {
            return false;
        }
        return take(side, scores[side], at);
    }

    /** After any score changed: records a new lead if some other side is now strictly ahead. */
    public boolean afterUpdate(long[] scores, long at) {
        for (int side = 0; side < scores.length; side++) {
            if (strictlyAhead(scores, side)) {
                return side != leader && take(side, scores[side], at);
            }
        }
        return false;
    }

    /** The leading side's index, or -1 before anyone led. */
    public int leader() {
        return leader;
    }

    /** Every lead taken, in order. */
    public List<LeadChange> timeline() {
        return List.copyOf(timeline);
    }

    /** How often the lead passed from one side to another. */
    public int changes() {
        return Math.max(0, timeline.size() - 1);
    }

    private boolean take(int side, long score, long at) {
        leader = side;
        timeline.add(new LeadChange(at, sideIds.get(side), score));
        return true;
    }

    private static boolean strictlyAhead(long[] scores, int side) {
        for (int other = 0; other < scores.length; other++) {
            if (other != side && scores[other] >= scores[side]) {
                return false;
            }
        }
        return true;
    }
}
