package io.battlesim.tiktok.emulator.live;

import java.util.List;
import java.util.random.RandomGenerator;

/** Picks from a fixed list with fixed weights; immutable. */
final class WeightedChoice<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedChoice(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one positive weight per item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
    }

    T pick(RandomGenerator random) {
        double point = random.nextDouble(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (point < cumulative[i]) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
