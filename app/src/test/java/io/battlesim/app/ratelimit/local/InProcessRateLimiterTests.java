package io.battlesim.app.ratelimit.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.ratelimit.RateDecision;
import io.battlesim.app.ratelimit.RatePolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InProcessRateLimiterTests {

    private static final RatePolicy FIVE_A_MINUTE = new RatePolicy("test", 5, 5, Duration.ofMinutes(1));

    private final ManualTime time = new ManualTime();
    private final InProcessRateLimiter limiter = new InProcessRateLimiter(1_000, time);

    @Test
    void allowsTheBurstThenRefusesWithTheWaitForTheNextToken() {
        for (int i = 4; i >= 0; i--) {
            assertThat(limiter.tryTake(FIVE_A_MINUTE, "a")).isEqualTo(new RateDecision.Allowed(i));
        }

        RateDecision sixth = limiter.tryTake(FIVE_A_MINUTE, "a");

        assertThat(sixth).isInstanceOfSatisfying(RateDecision.Refused.class, refused -> {
            assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(12));
            assertThat(refused.retryAfterSeconds()).isEqualTo(12);
        });
    }

    @Test
    void refillsOneTokenPerShareOfThePeriod() {
        exhaust(FIVE_A_MINUTE, "a");

        time.advance(Duration.ofSeconds(11));
        RateDecision early = limiter.tryTake(FIVE_A_MINUTE, "a");
        time.advance(Duration.ofSeconds(1));
        RateDecision due = limiter.tryTake(FIVE_A_MINUTE, "a");

        assertThat(early)
                .isInstanceOfSatisfying(
                        RateDecision.Refused.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(due).isEqualTo(new RateDecision.Allowed(0));
    }

    @Test
    void keepsSeparateBucketsPerKeyAndPerPolicy() {
        exhaust(FIVE_A_MINUTE, "a");
        var otherPolicy = new RatePolicy("other", 1, 1, Duration.ofMinutes(1));

        assertThat(limiter.tryTake(FIVE_A_MINUTE, "b")).isInstanceOf(RateDecision.Allowed.class);
        assertThat(limiter.tryTake(otherPolicy, "a")).isInstanceOf(RateDecision.Allowed.class);
        assertThat(limiter.tryTake(FIVE_A_MINUTE, "a")).isInstanceOf(RateDecision.Refused.class);
    }

    @Test
    void checkingNeitherTakesATokenNorCreatesABucket() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.check(FIVE_A_MINUTE, "a")).isEqualTo(new RateDecision.Allowed(5));
        }
        assertThat(limiter.size()).isZero();

        exhaust(FIVE_A_MINUTE, "a");

        assertThat(limiter.check(FIVE_A_MINUTE, "a")).isInstanceOf(RateDecision.Refused.class);
    }

    @Test
    void forgetsABucketOnceItWouldBeFullAgain() {
        exhaust(FIVE_A_MINUTE, "a");

        time.advance(Duration.ofSeconds(59));
        assertThat(limiter.size()).isOne();
        time.advance(Duration.ofSeconds(1));

        assertThat(limiter.size()).isZero();
        assertThat(limiter.tryTake(FIVE_A_MINUTE, "a")).isEqualTo(new RateDecision.Allowed(4));
    }

    @Test
    void keepsMemoryBoundedWhenKeysKeepChanging() {
        var small = new InProcessRateLimiter(100, time);

        for (int i = 0; i < 50_000; i++) {
            small.tryTake(FIVE_A_MINUTE, "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff));
        }

        assertThat(small.size()).isLessThanOrEqualTo(100);
    }

    private void exhaust(RatePolicy policy, String key) {
        while (limiter.tryTake(policy, key) instanceof RateDecision.Allowed) {
            // take every token
        }
    }
}
