package io.battlesim.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.Phase;
import io.battlesim.engine.agent.Observation.FeedItem;
import io.battlesim.engine.agent.Observation.SideSeen;
import io.battlesim.engine.powerup.PowerUpRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AgentTests {

    @Test
    void neverSpendsBeyondItsBudgetWhateverItSees() {
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom chaos = new SplittableRandom(seed);
            for (StrategyKind kind : StrategyKind.values()) {
                long budget = chaos.nextLong(0, 200_000);
                Agent agent = new Agent(AgentSpec.of("a", kind, budget), PowerUpRules.standard(), chaos.split());

                for (long t = 0; t <= Seen.ROUND; t += 250) {
                    agent.act(chaotic(chaos, t));
                    assertThat(agent.wallet().spent())
                            .as("%s, seed %d", kind, seed)
                            .isBetween(0L, budget);
                }
            }
        }
    }

    @Test
    void actsOnlyWhileTheBattleRuns() {
        Agent agent = new Agent(
                AgentSpec.of("a", StrategyKind.REACTIVE, 10_000), PowerUpRules.standard(), new SplittableRandom(1));
        Observation over = new Observation(
                Seen.T0 + Seen.ROUND,
                0,
                Phase.ENDED,
                List.of(new SideSeen("A", 0L, 1, false, false), new SideSeen("B", 9_000L, 1, false, false)),
                0,
                List.of(),
                Seen.ROUND);

        assertThat(agent.act(over)).isEmpty();
        assertThat(agent.wallet().spent()).isZero();
    }

    @Test
    void reportsTheOrdersOfTheStepOnly() {
        Agent agent = new Agent(
                AgentSpec.of("a", StrategyKind.REACTIVE, 10_000), PowerUpRules.standard(), new SplittableRandom(1));

        assertThat(agent.act(Seen.at(10, 0, 2_000L))).isNotEmpty();
        assertThat(agent.act(Seen.at(10.25, 2_000, 2_000L))).isEmpty();
    }

    /** Any scores, misted or not, boosted or frozen, and a feed of any gifts, at {@code t} ms into the round. */
    private static Observation chaotic(SplittableRandom chaos, long t) {
        List<SideSeen> sides = new ArrayList<>();
        for (String id : List.of("A", "B")) {
            boolean hidden = chaos.nextInt(4) == 0;
            Long score = hidden && id.equals("B") ? null : chaos.nextLong(0, 500_000);
            sides.add(new SideSeen(id, score, 1 + chaos.nextInt(3), chaos.nextInt(5) == 0, hidden));
        }
        List<FeedItem> feed = new ArrayList<>();
        for (int i = chaos.nextInt(5); i > 0; i--) {
            feed.add(new FeedItem(chaos.nextBoolean() ? "A" : "B", chaos.nextLong(1, 100_000), Seen.T0 + t - i));
        }
        return new Observation(Seen.T0 + t, Seen.ROUND - t, Phase.LIVE, sides, 0, feed, t);
    }
}
