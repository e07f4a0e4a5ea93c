package io.battlesim.engine.tournament;

import java.util.ArrayList;
import java.util.List;

/**
 * The circle method: agent 0 stays put while the others rotate one place per round, so after {@code n - 1} rounds
 * (n rounds when {@code n} is odd and a dummy takes the bye) every agent has met every other exactly once.
 */
final class RoundRobin {

    private RoundRobin() {}

    static int rounds(int agents) {
        return agents % 2 == 0 ? agents - 1 : agents;
    }

    /** Round {@code round}'s pairs as agent indexes; an agent facing the dummy sits the round out. */
    static List<int[]> pairs(int agents, int round) {
        int size = agents % 2 == 0 ? agents : agents + 1;
        int[] circle = new int[size];
        circle[0] = 0;
        for (int i = 1; i < size; i++) {
            circle[i] = 1 + Math.floorMod(i - 1 + round, size - 1);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < size / 2; i++) {
            int a = circle[i];
            int b = circle[size - 1 - i];
            if (a < agents && b < agents) {
                pairs.add(new int[] {a, b});
            }
        }
        return pairs;
    }
}
