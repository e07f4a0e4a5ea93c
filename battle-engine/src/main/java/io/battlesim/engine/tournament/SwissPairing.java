package io.battlesim.engine.tournament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Swiss pairing: agents in standing order (points, then rating, then entry order), each paired as close to its own
 * standing as possible with an agent it has not met, searching back when a choice leaves the rest unpairable. When
 * no pairing without a rematch exists (more rounds than opponents), or the search runs too long, agents are paired
 * greedily down the standings instead. With an odd number of agents the lowest-standing agent that has not sat out
 * yet sits this round out.
 */
final class SwissPairing {

    /** Search steps before giving up on avoiding every rematch; plenty for the few dozen agents of a tournament. */
    private static final int SEARCH_BUDGET = 100_000;

    private int steps;

    private SwissPairing() {}

    static List<int[]> pairs(Ledger ledger) {
        List<Integer> order = standingOrder(ledger);
        if (order.size() % 2 == 1) {
            order.remove(byeFor(order, ledger));
        }
        List<int[]> pairs = new ArrayList<>();
        if (new SwissPairing().withoutRematches(order, ledger, pairs)) {
            return pairs;
        }
        pairs.clear();
        for (int i = 0; i + 1 < order.size(); i += 2) {
            pairs.add(new int[] {order.get(i), order.get(i + 1)});
        }
        return pairs;
    }

    private boolean withoutRematches(List<Integer> left, Ledger ledger, List<int[]> pairs) {
        if (left.isEmpty()) {
            return true;
        }
        int a = left.get(0);
        for (int j = 1; j < left.size() && ++steps < SEARCH_BUDGET; j++) {
            int b = left.get(j);
            if (ledger.met(a, b)) {
                continue;
            }
            List<Integer> rest = new ArrayList<>(left);
            rest.remove(j);
            rest.remove(0);
            pairs.add(new int[] {a, b});
            if (withoutRematches(rest, ledger, pairs)) {
                return true;
            }
            pairs.remove(pairs.size() - 1);
        }
        return false;
    }

    private static List<Integer> standingOrder(Ledger ledger) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ledger.agents(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(ledger::points)
                .thenComparingDouble(ledger::rating)
                .reversed()
                .thenComparingInt(i -> i));
        return order;
    }

    private static int byeFor(List<Integer> order, Ledger ledger) {
        for (int i = order.size() - 1; i >= 0; i--) {
            if (!ledger.hadBye(order.get(i))) {
                ledger.markBye(order.get(i));
                return i;
            }
        }
        return order.size() - 1;
    }
}
