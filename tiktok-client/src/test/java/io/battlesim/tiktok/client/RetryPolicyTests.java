package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    @Test
    void defaultsToThreeAttemptsWith200msBaseAnd5sCap() {
        assertThat(RetryPolicy.defaults()).isEqualTo(new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5)));
    }

    @Test
    void noneMakesASingleAttempt() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void capDoublesWithEachRetryUpToTheMaximum() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.backoffCap(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoffCap(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoffCap(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(policy.backoffCap(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoffCap(500)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void fullJitterSpreadsThePauseBetweenZeroAndTheCap() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ZERO);
        assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(2, 0.999)).isLessThan(Duration.ofMillis(400)).isGreaterThan(Duration.ofMillis(399));
    }

    @Test
    void rejectsInconsistentSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(2, Duration.ofMillis(-1), Duration.ZERO));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
