package io.battlesim.engine.agent;

/**
 * An agent's coins for one battle: a budget and what has been spent. It refuses any spend that would exceed the
 * budget, so the budget is never exceeded whatever a strategy asks for. Not thread-safe (one agent, one thread).
 */
public final class Wallet {

    private final long budget;
    private long spent;

    /** A full wallet of {@code budget} coins, not negative. */
    Wallet(long budget) {
        if (budget < 0) {
            throw new IllegalArgumentException("budget must not be negative but was " + budget);
        }
        this.budget = budget;
    }

    /** The coins the agent may spend in the battle. */
    public long budget() {
        return budget;
    }

    /** The coins spent so far. */
    public long spent() {
        return spent;
    }

    /** The coins left. */
    public long remaining() {
        return budget - spent;
    }

    /** Whether {@code coins} (not negative) can be spent now. */
    public boolean canAfford(long coins) {
        return coins >= 0 && coins <= remaining();
    }

    /** Spends {@code coins} if the wallet holds them; false (and nothing spent) otherwise. */
    boolean spend(long coins) {
        if (!canAfford(coins)) {
            return false;
        }
        spent += coins;
        return true;
    }
}
