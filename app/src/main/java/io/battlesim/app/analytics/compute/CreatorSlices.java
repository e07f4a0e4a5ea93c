package io.battlesim.app.analytics.compute;

import io.battlesim.engine.scoring.Saturating;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Each creator's part of a finished battle: their side's result and what their own room received. */
final class CreatorSlices {

    private CreatorSlices() {}

    static List<CreatorSlice> of(
            BattleAnalytics analytics,
            List<AnalyticsCalculator.SideInput> sides,
            GiftTally gifts,
            Endings endings,
            int winner) {
        long endedAt = analytics.endedAt() == null ? 0 : analytics.endedAt();
        List<CreatorSlice> slices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sides.size(); i++) {
            AnalyticsCalculator.SideInput side = sides.get(i);
            long score = analytics.sides().get(i).score();
            long margin = margin(analytics.sides(), i);
            String result = analytics.tie() && margin == 0 ? "TIE" : i == winner ? "WIN" : "LOSS";
            boolean otherWon = winner >= 0 && winner != i;
            for (AnalyticsCalculator.Room room : side.rooms()) {
                if (!seen.add(room.creator())) {
                    continue; // one creator in two rooms: their first room's side counts
                }
                GiftTally.Room tally = gifts.room(room.roomId());
                slices.add(new CreatorSlice(
                        room.creator(),
                        analytics.battleId(),
                        analytics.title(),
                        endedAt,
                        side.id(),
                        side.label(),
                        result,
                        score,
                        margin,
                        i == winner && endings.wonBySnipe(i),
                        otherWon && endings.wonBySnipe(winner),
                        i == winner && endings.comeback(i),
                        otherWon && endings.comeback(winner),
                        AnalyticsCalculator.boxed(tally.hourGifts),
                        AnalyticsCalculator.boxed(tally.hourCoins),
                        AnalyticsCalculator.boxed(tally.weekdayGifts),
                        AnalyticsCalculator.boxed(tally.weekdayCoins),
                        tally.types.list().stream().limit(CreatorSlice.MAX_MIX).toList()));
            }
        }
        return slices;
    }

    /** The side's score minus the best other side's (as the leaderboards count it). */
    private static long margin(List<BattleAnalytics.Side> sides, int side) {
        long best = Long.MIN_VALUE;
        for (int j = 0; j < sides.size(); j++) {
            if (j != side) {
                best = Math.max(best, sides.get(j).score());
            }
        }
        return best == Long.MIN_VALUE ? 0 : Saturating.add(sides.get(side).score(), -best);
    }
}
