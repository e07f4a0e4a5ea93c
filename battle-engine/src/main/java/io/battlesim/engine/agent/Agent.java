package io.battlesim.engine.agent;

import io.battlesim.engine.powerup.PowerUpRules;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One agent in one battle: its spec, its strategy instance, its wallet and its own seeded generator. The simulator
 * calls {@link #act} every step and delivers the orders as LIVE events. Not thread-safe.
 */
public final class Agent {

    private final AgentSpec spec;
    private final Strategy strategy;
    private final Wallet wallet;
    private final Actions actions;
    private final RandomGenerator random;
    private final List<Order> orders;

    /**
     * An agent for a battle with the given booster rules.
     *
     * @param spec who it is; never null
     * @param rules the battle's power-up rules (which boosters agents may use); never null
     * @param random its own generator, the only randomness it uses; never null
     */
    public Agent(AgentSpec spec, PowerUpRules rules, RandomGenerator random) {
        this.spec = Objects.requireNonNull(spec, "spec must not be null");
        this.random = Objects.requireNonNull(random, "random must not be null");
        this.strategy = spec.strategy();
        this.wallet = new Wallet(spec.budget());
        this.actions = new Actions(wallet, Objects.requireNonNull(rules, "rules must not be null"));
        this.orders = Collections.unmodifiableList(actions.orders());
    }

    /**
     * Lets the strategy act on what it sees (nothing happens once the battle is over).
     *
     * @param seen what the agent sees now; never null
     * @return the orders it paid for in this step, in order; a view valid until the next call, never null
     */
    public List<Order> act(Observation seen) {
        Objects.requireNonNull(seen, "seen must not be null");
        actions.begin(seen.now());
        if (seen.running()) {
            strategy.act(seen, wallet, actions, random);
        }
        return orders;
    }

    /** Who the agent is; never null. */
    public AgentSpec spec() {
        return spec;
    }

    /** The agent's coins; never null. */
    public Wallet wallet() {
        return wallet;
    }
}
