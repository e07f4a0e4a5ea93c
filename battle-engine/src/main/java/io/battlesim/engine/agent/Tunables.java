package io.battlesim.engine.agent;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads a strategy's tunables from an {@link AgentSpec}'s map, with defaults, refusing names it does not know. */
final class Tunables {

    private final Map<String, Double> values;

    private Tunables(Map<String, Double> values) {
        this.values = values;
    }

    static Tunables read(Map<String, Double> values, String strategy, Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(
                        strategy + " has no tunable '" + key + "'; it knows " + new TreeSet<>(known));
            }
        }
        return new Tunables(values);
    }

    double get(String key, double defaultValue) {
        Double value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " must be finite but was " + value);
        }
        return value;
    }

    long millis(String key, long defaultValue) {
        return Math.round(get(key, defaultValue));
    }

    int integer(String key, int defaultValue) {
        return (int) Math.round(get(key, defaultValue));
    }

    boolean flag(String key, boolean defaultValue) {
        return get(key, defaultValue ? 1 : 0) != 0;
    }
}
