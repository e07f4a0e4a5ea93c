package io.battlesim.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.app.ratelimit.RateLimitSettings.Rate;
import io.battlesim.app.ratelimit.local.InProcessRateLimiter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTests {

    private static final Rate TWO_AN_HOUR = new Rate(2, 2, Duration.ofHours(1));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void refusesOnceTheBucketIsEmptyAndCountsTheRefusal() {
        RateLimits limits = limits(true);

        limits.take(Limited.SIGN_IN, "203.0.113.7");
        limits.take(Limited.SIGN_IN, "203.0.113.7");
        RateDecision third = limits.take(Limited.SIGN_IN, "203.0.113.7");

        assertThat(third).isInstanceOf(RateDecision.Refused.class);
        assertThat(refusals("sign-in")).isEqualTo(1);
        assertThat(refusals("api")).isZero();
    }

    @Test
    void requireThrowsATooManyRequestsProblemWithRetryAfter() {
        RateLimits limits = limits(true);
        limits.require(Limited.INGEST, "battle-1");
        limits.require(Limited.INGEST, "battle-1");

        assertThatExceptionOfType(TooManyRequestsException.class)
                .isThrownBy(() -> limits.require(Limited.INGEST, "battle-1"))
                .satisfies(refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(429);
                    assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("1800");
                    assertThat(refused.getBody().getTitle()).isEqualTo("Too many requests");
                    assertThat(refused.getBody().getDetail())
                            .isEqualTo("Too many ingest requests for this battle. Try again in 1800 seconds.");
                    assertThat(refused.getBody().getProperties()).containsEntry("retryAfterSeconds", 1800L);
                });
    }

    @Test
    void failedAuthenticationsSpendTheBudgetTheCheckLooksAt() {
        RateLimits limits = limits(true);

        assertThat(limits.check(Limited.AUTHENTICATION_FAILURES, "203.0.113.7"))
                .isInstanceOf(RateDecision.Allowed.class);
        limits.authenticationFailed("203.0.113.7");
        limits.authenticationFailed("203.0.113.7");
        limits.authenticationFailed("203.0.113.7");

        assertThat(limits.check(Limited.AUTHENTICATION_FAILURES, "203.0.113.7"))
                .isInstanceOf(RateDecision.Refused.class);
        assertThat(limits.check(Limited.AUTHENTICATION_FAILURES, "203.0.113.8"))
                .isInstanceOf(RateDecision.Allowed.class);
        assertThat(refusals("authentication-failures")).isEqualTo(1);
    }

    @Test
    void letsEverythingThroughWhenSwitchedOff() {
        RateLimits limits = limits(false);

        for (int i = 0; i < 100; i++) {
            limits.require(Limited.INGEST, "battle-1");
            limits.authenticationFailed("203.0.113.7");
        }

        assertThat(limits.enabled()).isFalse();
        assertThat(limits.take(Limited.SIGN_IN, "203.0.113.7")).isInstanceOf(RateDecision.Allowed.class);
        assertThat(limits.check(Limited.AUTHENTICATION_FAILURES, "203.0.113.7"))
                .isInstanceOf(RateDecision.Allowed.class);
    }

    private RateLimits limits(boolean enabled) {
        var settings = new RateLimitSettings(
                enabled,
                1_000,
                TWO_AN_HOUR,
                TWO_AN_HOUR,
                TWO_AN_HOUR,
                TWO_AN_HOUR,
                TWO_AN_HOUR,
                TWO_AN_HOUR,
                TWO_AN_HOUR);
        return new RateLimits(new InProcessRateLimiter(1_000), settings, meters);
    }

    private double refusals(String policy) {
        return meters.get("ratelimit.refusals").tag("policy", policy).counter().count();
    }
}
