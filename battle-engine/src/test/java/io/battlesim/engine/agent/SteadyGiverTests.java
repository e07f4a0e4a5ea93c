package io.battlesim.engine.agent;

import static io.battlesim.engine.sim.SimFixtures.agent;
import static io.battlesim.engine.sim.SimFixtures.duelWithCrowds;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.sim.SimFixtures;
import org.junit.jupiter.api.Test;

class SteadyGiverTests {

    @Test
    void spendsItsBudgetEvenlyOverTheRound() {
        for (long budget : new long[] {900, 10_000, 250_000}) {
            for (long seed = 1; seed <= 3; seed++) {
                Spending spending = Spending.of(steadyAgainstSniper(budget, seed), "steady");

                assertThat(spending.total()).as("budget %d", budget).isBetween((long) (budget * 0.95), budget);
                for (int quarter = 0; quarter < 4; quarter++) {
                    assertThat(spending.between(quarter * 75, quarter * 75 + 75))
                            .as("quarter %d of budget %d", quarter + 1, budget)
                            .isBetween((long) (budget * 0.15), (long) (budget * 0.35));
                }
            }
        }
    }

    @Test
    void sendsSmallGiftsInStreaks() {
        SimFixtures.Recording recording = steadyAgainstSniper(10_000, 4);

        assertThat(recording.giftsOf("steady")).isNotEmpty().allSatisfy(gift -> {
            assertThat(gift.gift().streakable()).isTrue();
            assertThat(gift.gift().diamondCount()).isLessThanOrEqualTo(100);
        });
        // in the last ten seconds (a streak's length at one tap a second) a shorter streak finishes the budget
        long lastSeconds = recording.events.getFirst().timestamp() + 290_000;
        assertThat(recording.giftsOf("steady").stream()
                        .filter(GiftReceived::repeatEnd)
                        .filter(end -> end.timestamp() < lastSeconds))
                .as("streaks before the last call")
                .allSatisfy(end -> assertThat(end.repeatCount()).isGreaterThanOrEqualTo(10));
    }

    @Test
    void ignoresTheScore() {
        SteadyGiver steady = new SteadyGiver(SteadyGiver.Params.DEFAULTS);
        SteadyGiver same = new SteadyGiver(SteadyGiver.Params.DEFAULTS);
        Seen.Purse behind = Seen.purse(30_000);
        Seen.Purse ahead = Seen.purse(30_000);

        for (double second = 0; second < 60; second += 0.25) {
            assertThat(behind.step(steady, Seen.at(second, 0, 1_000_000L)))
                    .isEqualTo(ahead.step(same, Seen.at(second, 1_000_000, 0L)));
        }
        assertThat(behind.wallet().spent()).isBetween(5_000L, 7_000L);
    }

    private static SimFixtures.Recording steadyAgainstSniper(long budget, long seed) {
        return SimFixtures.record(duelWithCrowds(
                agent("steady", StrategyKind.STEADY, budget), agent("sniper", StrategyKind.SNIPER, budget), seed));
    }
}
