package io.battlesim.engine.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class WinProbabilityTests {

    private static final long[] GIFTS = {1, 1, 1, 5, 5, 10, 30, 99, 199};
    private static final ArrivalModel TWO_SIDES = ArrivalModel.uniform(2, 1.0, GIFTS);

    private final WinProbability odds = new WinProbability(10_000);

    @Test
    void givesTheResultOnceNoTimeIsLeft() {
        assertThat(estimate(RaceState.level(0, 120, 80), TWO_SIDES)).containsExactly(1.0, 0.0);
        assertThat(estimate(RaceState.level(0, 80, 120), TWO_SIDES)).containsExactly(0.0, 1.0);
        assertThat(estimate(RaceState.level(0, 100, 100), TWO_SIDES)).containsExactly(0.5, 0.5);
        assertThat(estimate(RaceState.level(0, 7, 9, 9, 1), ArrivalModel.uniform(4, 1, GIFTS)))
                .containsExactly(0.0, 0.5, 0.5, 0.0);
    }

    @Test
    void countsPendingStreaksAtTheEndAtTheFactorInForce() {
        RaceState behind = RaceState.level(0, 100, 90).withAddedCoins(1, 20);
        assertThat(estimate(behind, TWO_SIDES)).containsExactly(0.0, 1.0);

        RaceState boosted = new RaceState(
                0, new long[] {100, 90}, new int[] {1, 2}, new long[] {0, 5_000}, new long[2], new long[] {0, 6});
        assertThat(estimate(boosted, TWO_SIDES)).containsExactly(0.0, 1.0);

        RaceState frozen = new RaceState(
                0, new long[] {100, 90}, new int[] {1, 1}, new long[2], new long[] {0, 5_000}, new long[] {0, 500});
        assertThat(estimate(frozen, TWO_SIDES)).containsExactly(1.0, 0.0);
    }

    @Test
    void givesExactlyOneHalfToIdenticalLevelSides() {
        for (int rollouts : new int[] {1, 999, 10_000}) {
            WinProbability estimator = new WinProbability(rollouts);
            for (long seed = 0; seed < 5; seed++) {
                double[] p = estimator.estimate(RaceState.level(120_000, 500, 500), TWO_SIDES, random(seed));
                assertThat(p).containsExactly(0.5, 0.5);
            }
        }
        RaceState busy = new RaceState(
                60_000,
                new long[] {900, 900},
                new int[] {3, 3},
                new long[] {20_000, 20_000},
                new long[] {5_000, 5_000},
                new long[] {30, 30});
        assertThat(estimate(busy, TWO_SIDES)).containsExactly(0.5, 0.5);
    }

    @Test
    void givesExactlyOneThirdToThreeIdenticalLevelSides() {
        double[] p = estimate(RaceState.level(90_000, 40, 40, 40), ArrivalModel.uniform(3, 0.7, GIFTS));

        assertThat(p[0]).isEqualTo(p[1]).isEqualTo(p[2]).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void givesTheLeaderNearCertaintyWithABigLeadAndLittleTimeLeft() {
        double[] p = estimate(RaceState.level(5_000, 10_000, 0), TWO_SIDES);

        assertThat(p[0]).isGreaterThan(0.99);
        assertThat(p[0] + p[1]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void givesTheLeaderLessChanceTheMoreTimeIsLeft() {
        double previous = 1.0;
        for (long seconds : new long[] {5, 30, 120, 300}) {
            double leader = estimate(RaceState.level(seconds * 1000, 300, 0), TWO_SIDES)[0];
            assertThat(leader).as("%d s left", seconds).isLessThan(previous).isGreaterThan(0.5);
            previous = leader;
        }
    }

    @Test
    void aFrozenSideFallsBehindAndABoostedSidePullsAhead() {
        long[] level = {1_000, 1_000};
        RaceState frozen =
                new RaceState(60_000, level, new int[] {1, 1}, new long[2], new long[] {30_000, 0}, new long[2]);
        RaceState boosted =
                new RaceState(60_000, level, new int[] {3, 1}, new long[] {30_000, 0}, new long[2], new long[2]);
        RaceState boostedButFrozen = new RaceState(
                60_000, level, new int[] {3, 1}, new long[] {30_000, 0}, new long[] {30_000, 0}, new long[2]);

        assertThat(estimate(frozen, TWO_SIDES)[0]).isLessThan(0.3);
        assertThat(estimate(boosted, TWO_SIDES)[0]).isGreaterThan(0.7);
        assertThat(estimate(boostedButFrozen, TWO_SIDES)).containsExactly(estimate(frozen, TWO_SIDES));
    }

    @Test
    void agreesWithTheExactAnswerForOneCoinGifts() {
        // Both sides get Poisson(mean) one-coin gifts; side 0 leads by 3: P = P(X + 3 > Y) + ½ P(X + 3 = Y).
        for (double mean : new double[] {4, 25}) {
            ArrivalModel ones = ArrivalModel.uniform(2, mean / 60, new long[] {1});
            double[] p = new WinProbability(100_000).estimate(RaceState.level(60_000, 3, 0), ones, random(7));

            assertThat(p[0]).as("mean %s", mean).isCloseTo(exactLeaderChance(mean, 3), within(0.006));
        }
    }

    @Test
    void isRepeatableForTheSameSeed() {
        RaceState state = RaceState.level(100_000, 700, 650);

        assertThat(odds.estimate(state, TWO_SIDES, random(42)))
                .containsExactly(odds.estimate(state, TWO_SIDES, random(42)));
    }

    @Test
    void refusesAModelForAnotherNumberOfSides() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> estimate(RaceState.level(1_000, 1, 2), ArrivalModel.uniform(3, 1, GIFTS)))
                .withMessageContaining("3 sides");
        assertThatIllegalArgumentException().isThrownBy(() -> new WinProbability(0));
    }

    private double[] estimate(RaceState state, ArrivalModel model) {
        return odds.estimate(state, model, random(1));
    }

    private static RandomGenerator random(long seed) {
        return new SplittableRandom(seed);
    }

    private static double exactLeaderChance(double mean, int lead) {
        double[] pmf = new double[200];
        pmf[0] = Math.exp(-mean);
        for (int k = 1; k < pmf.length; k++) {
            pmf[k] = pmf[k - 1] * mean / k;
        }
        double chance = 0;
        for (int x = 0; x < pmf.length; x++) {
            for (int y = 0; y < pmf.length; y++) {
                double weight = x + lead > y ? 1 : x + lead == y ? 0.5 : 0;
                chance += weight * pmf[x] * pmf[y];
            }
        }
        return chance;
    }
}
