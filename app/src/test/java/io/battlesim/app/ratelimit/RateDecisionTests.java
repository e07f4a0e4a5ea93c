package io.battlesim.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateDecisionTests {

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        assertThat(new RateDecision.Refused(Duration.ofMillis(5_001)).retryAfterSeconds())
                .isEqualTo(6);
        assertThat(new RateDecision.Refused(Duration.ofSeconds(6)).retryAfterSeconds())
                .isEqualTo(6);
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        assertThat(new RateDecision.Refused(Duration.ofNanos(1)).retryAfterSeconds())
                .isEqualTo(1);
        assertThat(new RateDecision.Refused(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }
}
