package io.battlesim.engine.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonCountTests {

    @Test
    void drawsWithTheRightMeanAndVarianceOnBothPaths() {
        for (double mean : new double[] {0.3, 3, 9.9, 10, 57, 2_500}) {
            PoissonCount poisson = new PoissonCount(mean);
            SplitMix random = new SplitMix();
            random.seed(mean > 100 ? 11 : 5);
            int draws = 200_000;
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < draws; i++) {
                long k = poisson.draw(random);
                assertThat(k).isNotNegative();
                sum += k;
                squares += (double) k * k;
            }
            double average = sum / draws;
            double variance = squares / draws - average * average;
            // Five standard errors of the mean; the variance within 3 %.
            assertThat(average).as("mean %s", mean).isCloseTo(mean, within(5 * Math.sqrt(mean / draws)));
            assertThat(variance).as("variance at mean %s", mean).isCloseTo(mean, within(0.03 * mean));
        }
    }

    @Test
    void matchesTheExactProbabilityOfACount() {
        PoissonCount poisson = new PoissonCount(30);
        SplitMix random = new SplitMix();
        random.seed(3);
        int draws = 400_000;
        int thirties = 0;
        for (int i = 0; i < draws; i++) {
            thirties += poisson.draw(random) == 30 ? 1 : 0;
        }
        double exact = Math.exp(-30 + 30 * Math.log(30) - PoissonCount.logFactorial(30));

        assertThat(thirties / (double) draws).isCloseTo(exact, within(0.002));
    }

    @Test
    void computesLogFactorialsBeyondTheTable() {
        double sum = 0;
        for (int k = 1; k <= 300; k++) {
            sum += Math.log(k);
        }

        assertThat(PoissonCount.logFactorial(300)).isCloseTo(sum, within(1e-9));
        assertThat(PoissonCount.logFactorial(0)).isZero();
    }
}
