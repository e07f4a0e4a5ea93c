/**
 * Live win probability: how likely each side is to win from where a battle stands, estimated by Monte Carlo
 * rollouts of the time left. A {@link io.battlesim.engine.odds.RaceState} is what the race looks like now (scores,
 * time left, boosters, freezes, pending streaks), an {@link io.battlesim.engine.odds.ArrivalModel} is how gifts
 * arrive (fitted to this battle so far), and {@link io.battlesim.engine.odds.WinProbability} plays the rest of the
 * battle out many times. Pure computation: randomness comes only from the generator the caller passes.
 */
@NullMarked
package io.battlesim.engine.odds;

import org.jspecify.annotations.NullMarked;
