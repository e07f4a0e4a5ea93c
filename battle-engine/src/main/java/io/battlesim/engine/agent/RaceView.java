package io.battlesim.engine.agent;

import io.battlesim.engine.odds.ArrivalModel;
import io.battlesim.engine.odds.RaceState;
import java.util.Arrays;
import java.util.List;

/**
 * The planner's reading of the race from what it sees: scores (a misted side at its last visible score), effect
 * windows (whose ends a viewer cannot see, so an opponent's window is assumed to have half a standard window left)
 * and an arrival model fitted to the gift feed, without the planner's own gifts.
 */
final class RaceView {

    /** Half of TikTok's 30 s booster window: the expected time left of a window seen in force. */
    static final long ASSUMED_EFFECT_MILLIS = 15_000;

    /** The feed covers about this much of the past (see the simulator's gift feed). */
    static final long FEED_MILLIS = 30_000;

    private long[] lastScores = new long[0];
    private long ownGiftsSince = Long.MAX_VALUE;

    void remember(Observation seen) {
        List<Observation.SideSeen> sides = seen.sides();
        if (lastScores.length != sides.size()) {
            lastScores = new long[sides.size()];
        }
        for (int i = 0; i < lastScores.length; i++) {
            Long score = sides.get(i).score();
            if (score != null) {
                lastScores[i] = score;
            }
        }
    }

    void gaveAt(long at) {
        ownGiftsSince = Math.min(ownGiftsSince, at);
    }

    /** The race now, with {@code heldPoints} more for the own side (coins held back, valued as they will score). */
    RaceState state(Observation seen, long ownMultiplierUntil, long heldPoints) {
        int n = lastScores.length;
        long[] scores = lastScores.clone();
        int[] multipliers = new int[n];
        long[] multiplierUntil = new long[n];
        long[] frozenFor = new long[n];
        for (int i = 0; i < n; i++) {
            Observation.SideSeen side = seen.sides().get(i);
            multipliers[i] = Math.max(1, side.multiplier());
            if (multipliers[i] > 1) {
                boolean ownKnown = i == seen.ownSide() && ownMultiplierUntil > seen.now();
                multiplierUntil[i] = ownKnown ? ownMultiplierUntil - seen.now() : ASSUMED_EFFECT_MILLIS;
            }
            frozenFor[i] = side.frozen() ? ASSUMED_EFFECT_MILLIS : 0;
        }
        scores[seen.ownSide()] += heldPoints;
        return new RaceState(seen.remainingMillis(), scores, multipliers, multiplierUntil, frozenFor, new long[n]);
    }

    /** Gifts per second and gift sizes per side over the feed's window; a side with no gifts gets rate 0. */
    ArrivalModel arrivals(Observation seen) {
        int n = seen.sides().size();
        int[] counts = new int[n];
        long[][] coins = new long[n][seen.feed().size()];
        for (Observation.FeedItem item : seen.feed()) {
            int side = indexOf(seen, item.sideId());
            boolean ownGift = side == seen.ownSide() && item.at() >= ownGiftsSince;
            if (side >= 0 && !ownGift) {
                coins[side][counts[side]++] = item.coins();
            }
        }
        double seconds = Math.max(1, Math.min(FEED_MILLIS, seen.elapsedMillis()) / 1000.0);
        double[] rates = new double[n];
        long[][] samples = new long[n][];
        for (int i = 0; i < n; i++) {
            rates[i] = counts[i] / seconds;
            samples[i] = counts[i] == 0 ? new long[] {1} : Arrays.copyOf(coins[i], counts[i]);
        }
        return new ArrivalModel(rates, samples);
    }

    private static int indexOf(Observation seen, String sideId) {
        for (int i = 0; i < seen.sides().size(); i++) {
            if (seen.sides().get(i).sideId().equals(sideId)) {
                return i;
            }
        }
        return -1;
    }
}
