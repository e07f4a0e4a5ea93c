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
     * @param percent the chance in whole percent (the sides' percents add up to 100)
     */
    public record SideOdds(String id, double chance, int percent) {}

    /** The view of the battle module's odds. */
    public static OddsView of(Odds odds) {
        int[] percents = Shares.percents(
                odds.chances().stream().mapToDouble(Odds.SideChance::chance).toArray());
        List<SideOdds> sides = new ArrayList<>();
        for (int i = 0; i < odds.chances().size(); i++) {
            Odds.SideChance side = odds.chances().get(i);
            sides.add(new SideOdds(side.sideId(), side.chance(), percents[i]));
        }
        return new OddsView(odds.version(), odds.hidden(), List.copyOf(sides), odds.rollouts());
    }
}
