package io.battlesim.engine.agent;

import java.util.random.RandomGenerator;

/**
 * How an agent spends for its side. Called once per simulation step (a few times a second) with what a viewer
 * sees; it gives gifts and uses boosters through {@link Actions}, paid from the {@link Wallet}. A strategy may keep
 * state between calls (one instance per agent per battle) but must draw randomness only from {@code random}, so a
 * battle replays exactly from its seed.
 */
public sealed interface Strategy permits SteadyGiver, Sniper, Whale, ReactiveGiver, BudgetPlanner {

    /**
     * Decides this step's gifts and boosters.
     *
     * @param seen what the agent sees now; never null
     * @param wallet the agent's coins (read only here: {@code actions} pays); never null
     * @param actions where to give and boost; never null
     * @param random the agent's own seeded generator; never null
     */
    void act(Observation seen, Wallet wallet, Actions actions, RandomGenerator random);
}
