package io.battlesim.app.battle;

import java.util.List;
import java.util.Objects;

/**
 * Each side's chance of winning a battle, as the engine's Monte Carlo rollouts estimate it.
 *
 * @param battleId the battle
 * @param version the battle's version the estimate was made from
 * @param chances per side in configuration order, summing to 1 (a tie split evenly); empty while a side's score is
 *     hidden by Magic Mist, because odds would give the hidden score away
 * @param rollouts how many rollouts the estimate took
 */
public record Odds(String battleId, long version, List<SideChance> chances, int rollouts) {

    public Odds {
        Objects.requireNonNull(battleId, "battleId must not be null");
        chances = List.copyOf(chances);
    }

    /** Whether the odds are withheld (a misted side). */
    public boolean hidden() {
        return chances.isEmpty();
    }

    /**
     * One side's chance.
     *
     * @param sideId the side
     * @param chance from 0 to 1
     */
    public record SideChance(String sideId, double chance) {}
}
