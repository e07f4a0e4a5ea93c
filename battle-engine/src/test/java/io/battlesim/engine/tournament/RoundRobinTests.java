package io.battlesim.engine.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundRobinTests {

    @Test
    void meetsEveryOtherAgentExactlyOnce() {
        for (int agents = 2; agents <= 9; agents++) {
            Set<String> met = new HashSet<>();
            for (int round = 0; round < RoundRobin.rounds(agents); round++) {
                Set<Integer> busy = new HashSet<>();
                for (int[] pair : RoundRobin.pairs(agents, round)) {
                    assertThat(busy.add(pair[0]) && busy.add(pair[1])).isTrue();
                    assertThat(met.add(Math.min(pair[0], pair[1]) + "-" + Math.max(pair[0], pair[1])))
                            .isTrue();
                }
                assertThat(busy).hasSize(agents - agents % 2);
            }
            assertThat(met).as("%d agents", agents).hasSize(agents * (agents - 1) / 2);
        }
    }
}
