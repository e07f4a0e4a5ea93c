package io.battlesim.app.scoreboard.view;

import io.battlesim.app.battle.Odds;
import io.battlesim.app.battle.Shares;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of an {@code odds} event: each side's chance of winning, about once a second while someone watches.
 *
 * @param version the battle's version the estimate is from
 * @param hidden whether the odds are withheld (a side's score is hidden by Magic Mist)
 * @param sides per side in configuration order (empty while hidden)
 * @param rollouts the Monte Carlo rollouts behind the estimate
 */
public record OddsView(long version, boolean hidden, List<SideOdds> sides, int rollouts) {

    /**
     * One side's chance.
     *
     * @param id the side
     * @param chance 0 to 1
     * @param percent the chance in whole percent, adding up to 100 over the sides; never 100 or 0 unless the chance is
     *     exactly 1 or 0 (a 99.6 % chance is shown as 99 %, not as a sure win)
     */
    public record SideOdds(String id, double chance, int percent) {}

    /** The view of the battle module's odds. */
    public static OddsView of(Odds odds) {
        int[] percents = Shares.percents(
                odds.chances().stream().mapToDouble(Odds.SideChance::chance).toArray());
        List<SideOdds> sides = new ArrayList<>();
        for (int i = 0; i < odds.chances().size(); i++) {
            Odds.SideChance side = odds.chances().get(i);
            sides.add(new SideOdds(side.sideId(), side.chance(), honest(percents[i], side.chance())));
        }
        return new OddsView(odds.version(), odds.hidden(), List.copyOf(sides), odds.rollouts());
    }

    private static int honest(int percent, double chance) {
        if (percent == 100 && chance < 1) {
            return 99;
        }
        return percent == 0 && chance > 0 ? 1 : percent;
    }
}
