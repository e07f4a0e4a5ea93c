package io.battlesim.engine.agent;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who an agent is and how it plays: its strategy, its coin budget for the battle and the strategy's tunables (see
 * each strategy's {@code Params} for the keys and defaults; unknown keys are refused, so a typo cannot go unseen).
 *
 * @param id a short id, unique among a battle's agents; never null or blank (senders are {@code agent:<id>})
 * @param name the display name its gifts carry; never null
 * @param kind the strategy; never null
 * @param budget coins it may spend in the battle, not negative
 * @param params the strategy's tunables by name; never null, may be empty
 */
public record AgentSpec(String id, String name, StrategyKind kind, long budget, Map<String, Double> params) {

    public AgentSpec {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        params = Map.copyOf(Objects.requireNonNull(params, "params must not be null"));
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (budget < 0) {
            throw new IllegalArgumentException("budget must not be negative but was " + budget);
        }
        make(kind, params); // validates the tunables now rather than at the first battle
    }

    /** An agent named after its id, with the strategy's default tunables. */
    public static AgentSpec of(String id, StrategyKind kind, long budget) {
        return new AgentSpec(id, id, kind, budget, Map.of());
    }

    /** This agent with one more tunable set. */
    public AgentSpec with(String param, double value) {
        Map<String, Double> copy = new HashMap<>(params);
        copy.put(Objects.requireNonNull(param, "param must not be null"), value);
        return new AgentSpec(id, name, kind, budget, copy);
    }

    /** A new strategy instance for one battle (strategies keep per-battle state); never null. */
    public Strategy strategy() {
        return make(kind, params);
    }

    private static Strategy make(StrategyKind kind, Map<String, Double> params) {
        return switch (kind) {
            case STEADY -> new SteadyGiver(SteadyGiver.Params.of(params));
            case SNIPER -> new Sniper(Sniper.Params.of(params));
            case WHALE -> new Whale(Whale.Params.of(params));
            case REACTIVE -> new ReactiveGiver(ReactiveGiver.Params.of(params));
            case PLANNER -> new BudgetPlanner(BudgetPlanner.Params.of(params));
        };
    }
}
