package io.battlesim.engine.agent;

/** The strategies an {@link AgentSpec} can name; each maps to one {@link Strategy} class. */
public enum StrategyKind {
    /** {@link SteadyGiver}: spends its budget evenly over the round in small streaks. */
    STEADY,
    /** {@link Sniper}: keeps most of its budget for the last tenth, then spends in big gifts under a glove. */
    SNIPER,
    /** {@link Whale}: idles, and answers every big opposing gift with a bigger one. */
    WHALE,
    /** {@link ReactiveGiver}: spends while its side is behind, in proportion to the deficit. */
    REACTIVE,
    /** {@link BudgetPlanner}: spends when it most raises its side's chance of winning. */
    PLANNER
}
