package io.battlesim.app.live.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTests {

    private final Backoff backoff =
            new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new SplittableRandom(7));

    @Test
    void startsAtTheMinimum() {
        assertThat(backoff.delay(0)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void doublesWithJitterBetweenHalfAndTheWholeStep() {
        IntStream.range(0, 200)
                .forEach(i -> assertThat(backoff.delay(3).toMillis()).isBetween(2_000L, 4_000L));
    }

    @Test
    void neverExceedsTheMaximum() {
        IntStream.of(6, 7, 20, 31, 64, 1_000)
                .forEach(attempt ->
                        assertThat(backoff.delay(attempt)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30)));
    }

    @Test
    void spreadsConnectorsThatFailTogether() {
        long distinct = IntStream.range(0, 50)
                .mapToObj(i -> backoff.delay(4))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(10);
    }
}
