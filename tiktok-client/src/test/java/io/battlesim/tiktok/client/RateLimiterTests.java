package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private static final String USER_INFO = "/v2/user/info/";
    private static final String POST_INIT = "/v2/post/publish/video/init/";

    private final TestClock clock = new TestClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    private RateLimiter limiter(RateLimitMode mode, Duration maxWait) {
        return new RateLimiter(mode, RateLimiter.TIKTOK_LIMITS, maxWait, new ClockTimeMeter(clock), sleeper);
    }

    private static ApiCall call(String endpoint) {
        return new ApiCall(
                endpoint,
                HttpRequest.newBuilder(URI.create("http://127.0.0.1" + endpoint))
                        .build(),
                RetryScope.ANY_FAILURE,
                "unused",
                List.of());
    }

    private static void acquireTimes(RateLimiter limiter, String endpoint, String token, int times) {
        for (int i = 0; i < times; i++) {
            limiter.acquire(call(endpoint), token);
        }
    }

    @Nested
    class FailFast {

        private final RateLimiter limiter = limiter(RateLimitMode.FAIL_FAST, Duration.ofSeconds(20));

        @Test
        void allowsTheEndpointsPublishedLimitPerMinute() {
            assertThatNoException().isThrownBy(() -> acquireTimes(limiter, POST_INIT, "act.a", 6));
        }

        @Test
        void refusesTheNextCallWithTheTimeUntilRefill() {
            acquireTimes(limiter, POST_INIT, "act.a", 6);

            assertThatExceptionOfType(TikTokRateLimitedException.class)
                    .isThrownBy(() -> limiter.acquire(call(POST_INIT), "act.a"))
                    .satisfies(e -> {
                        assertThat(e.endpoint()).isEqualTo(POST_INIT);
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(10));
                    });
        }

        @Test
        void keepsSeparateBucketsPerAccessTokenAndEndpoint() {
            acquireTimes(limiter, POST_INIT, "act.a", 6);

            assertThatNoException().isThrownBy(() -> limiter.acquire(call(POST_INIT), "act.b"));
            assertThatNoException().isThrownBy(() -> limiter.acquire(call(USER_INFO), "act.a"));
        }

        @Test
        void refillsAsTimePasses() {
            acquireTimes(limiter, POST_INIT, "act.a", 6);

            clock.advance(Duration.ofSeconds(10));

            assertThatNoException().isThrownBy(() -> limiter.acquire(call(POST_INIT), "act.a"));
        }

        @Test
        void leavesUnlistedEndpointsUnlimited() {
            assertThatNoException().isThrownBy(() -> acquireTimes(limiter, "/v2/oauth/token/", "act.a", 1000));
        }
    }

    @Nested
    class Wait {

        @Test
        void waitsUntilATokenIsAvailable() {
            RateLimiter limiter = limiter(RateLimitMode.WAIT, Duration.ofSeconds(20));
            acquireTimes(limiter, POST_INIT, "act.a", 6);

            limiter.acquire(call(POST_INIT), "act.a");

            assertThat(sleeper.pauses()).containsExactly(Duration.ofSeconds(10));
        }

        @Test
        void givesUpWhenTheWaitWouldExceedTheRequestTimeout() {
            RateLimiter limiter = limiter(RateLimitMode.WAIT, Duration.ofSeconds(5));
            acquireTimes(limiter, POST_INIT, "act.a", 6);

            assertThatExceptionOfType(TikTokRateLimitedException.class)
                    .isThrownBy(() -> limiter.acquire(call(POST_INIT), "act.a"))
                    .satisfies(e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(10)));
            assertThat(sleeper.pauses()).isEmpty();
        }
    }

    @Test
    void offNeverLimits() {
        RateLimiter limiter = limiter(RateLimitMode.OFF, Duration.ofSeconds(1));

        assertThatNoException().isThrownBy(() -> acquireTimes(limiter, POST_INIT, "act.a", 100));
        assertThat(limiter.bucketCount()).isZero();
    }

    @Test
    void usesOverriddenLimits() {
        RateLimiter limiter = new RateLimiter(
                RateLimitMode.FAIL_FAST, Map.of(USER_INFO, 2), Duration.ZERO, new ClockTimeMeter(clock), sleeper);
        acquireTimes(limiter, USER_INFO, "act.a", 2);

        assertThatExceptionOfType(TikTokRateLimitedException.class)
                .isThrownBy(() -> limiter.acquire(call(USER_INFO), "act.a"));
    }

    @Test
    void evictsBucketsIdleForTwoMinutes() {
        RateLimiter limiter = limiter(RateLimitMode.FAIL_FAST, Duration.ofSeconds(20));
        acquireTimes(limiter, POST_INIT, "act.old", 1);
        clock.advance(Duration.ofSeconds(90));
        acquireTimes(limiter, POST_INIT, "act.recent", 1);
        assertThat(limiter.bucketCount()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(30));
        acquireTimes(limiter, POST_INIT, "act.new", 1);

        assertThat(limiter.bucketCount()).isEqualTo(2);
    }
}
