package io.battlesim.app.ratelimit.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.ratelimit.Limited;
import io.battlesim.app.ratelimit.RateDecision;
import io.battlesim.app.ratelimit.RateLimitSettings;
import io.battlesim.app.ratelimit.RatePolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The limits as shipped in {@code application.yml} (not the test overrides), played against real and abusive
 * traffic on a clock the test moves: real creators never meet a limit, scripts meet it quickly.
 */
class ShippedLimitsTests {

    private static RateLimitSettings shipped;

    private final ManualTime time = new ManualTime();
    private final InProcessRateLimiter limiter = new InProcessRateLimiter(100_000, time);

    @BeforeAll
    static void bindTheShippedSettings() throws IOException {
        List<PropertySource<?>> yaml =
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        Binder binder =
                new Binder(ConfigurationPropertySources.from(yaml), new PropertySourcesPlaceholdersResolver(yaml));
        shipped = binder.bind("app.rate-limit", RateLimitSettings.class).get();
    }

    @Test
    void shipsWithLimitsOn() {
        assertThat(shipped.enabled()).isTrue();
    }

    @Test
    void neverLimitsTheThroughputBenchmarkOnOneBattle() {
        // 75,000 events/s in batches of 1,000 from 4 senders: 75 requests a second; 100 a second for ten minutes here
        assertThat(refusals(Limited.INGEST, 100, Duration.ofMinutes(10))).isZero();
    }

    @Test
    void neverLimitsAConnectorPostingEveryGiftOfABusyBattleAlone() {
        assertThat(refusals(Limited.INGEST, 800, Duration.ofMinutes(10))).isZero();
    }

    @Test
    void neverLimitsAViewerOrAppReadingTheApiEverySecond() {
        assertThat(refusals(Limited.API, 5, Duration.ofHours(1))).isZero();
    }

    @Test
    void neverLimitsThreeSignInsAMinuteFromOneAddress() {
        // a sign-in takes up to three requests (start, callback, consent); a household or office, for an hour
        assertThat(refusals(Limited.SIGN_IN, 9 / 60.0, Duration.ofHours(1))).isZero();
    }

    @Test
    void cutsOffAScriptHammeringSignInWithinTwentyOneRequests() {
        assertThat(firstRefused(Limited.SIGN_IN)).isLessThanOrEqualTo(21);
    }

    @Test
    void cutsOffKeyGuessingAfterTenFailures() {
        assertThat(firstRefused(Limited.AUTHENTICATION_FAILURES)).isEqualTo(11);
    }

    @Test
    void cutsOffAnonymousBattleCreationAfterTen() {
        assertThat(firstRefused(Limited.ANONYMOUS_BATTLE_CREATION)).isEqualTo(11);
    }

    @Test
    void letsASignedInCreatorCreateMoreBattlesThanAnAnonymousScript() {
        assertThat(firstRefused(Limited.BATTLE_CREATION))
                .isGreaterThan(firstRefused(Limited.ANONYMOUS_BATTLE_CREATION));
    }

    /** Requests refused when {@code perSecond} arrive evenly for {@code duration}. */
    private int refusals(Limited limited, double perSecond, Duration duration) {
        RatePolicy policy = policy(limited);
        long gapNanos = (long) (1e9 / perSecond);
        long requests = duration.toNanos() / gapNanos;
        int refused = 0;
        for (long i = 0; i < requests; i++) {
            if (limiter.tryTake(policy, "key") instanceof RateDecision.Refused) {
                refused++;
            }
            time.advance(Duration.ofNanos(gapNanos));
        }
        return refused;
    }

    /** The number of the first request refused when a script sends one every millisecond. */
    private int firstRefused(Limited limited) {
        RatePolicy policy = policy(limited);
        for (int request = 1; request <= 100_000; request++) {
            if (limiter.tryTake(policy, "script") instanceof RateDecision.Refused) {
                return request;
            }
            time.advance(Duration.ofMillis(1));
        }
        return Integer.MAX_VALUE;
    }

    private static RatePolicy policy(Limited limited) {
        return shipped.rate(limited).policy(limited.policyName());
    }
}
