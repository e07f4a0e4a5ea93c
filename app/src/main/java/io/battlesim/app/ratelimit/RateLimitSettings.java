package io.battlesim.app.ratelimit;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rate limits, bound from {@code app.rate-limit}. A limit left out falls back to its default, the
 * same as in {@code application.yml}.
 *
 * @param enabled the master switch: false lets every request through
 * @param maxBuckets the most buckets kept in memory per node (idle ones are dropped first, then the least used)
 * @param signIn sign-in requests per client address
 * @param authenticationFailures failed authentications (wrong ingest key, bad bearer token, unsigned webhook, …) per
 *     client address; once spent, the address is refused on the API and webhooks until a token comes back
 * @param api API calls per signed-in user, or per client address for anonymous calls
 * @param anonymousBattleCreation battles created without a signed-in user, per client address
 * @param battleCreation battles created by a signed-in user, per user
 * @param ingest ingest requests (HTTP batches, WebSocket messages, replay uploads) per battle, with a right key
 * @param votes audience votes per client address (the battle's own per-viewer window comes first; this bounds
 *     scripts that mint new viewer cookies)
 */
@ConfigurationProperties("app.rate-limit")
public record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("50000") int maxBuckets,
        @Nullable Rate signIn,
        @Nullable Rate authenticationFailures,
        @Nullable Rate api,
        @Nullable Rate anonymousBattleCreation,
        @Nullable Rate battleCreation,
        @Nullable Rate ingest,
        @Nullable Rate votes) {

    static final Rate SIGN_IN = new Rate(20, 10, Duration.ofMinutes(1));
    static final Rate AUTHENTICATION_FAILURES = new Rate(10, 10, Duration.ofMinutes(1));
    static final Rate API = new Rate(600, 600, Duration.ofMinutes(1));
    static final Rate ANONYMOUS_BATTLE_CREATION = new Rate(10, 10, Duration.ofMinutes(1));
    static final Rate BATTLE_CREATION = new Rate(30, 30, Duration.ofMinutes(1));
    static final Rate INGEST = new Rate(2_000, 1_000, Duration.ofSeconds(1));
    static final Rate VOTES = new Rate(60, 120, Duration.ofMinutes(1));

    public RateLimitSettings {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("app.rate-limit.max-buckets must be positive");
        }
        signIn = Objects.requireNonNullElse(signIn, SIGN_IN);
        authenticationFailures = Objects.requireNonNullElse(authenticationFailures, AUTHENTICATION_FAILURES);
        api = Objects.requireNonNullElse(api, API);
        anonymousBattleCreation = Objects.requireNonNullElse(anonymousBattleCreation, ANONYMOUS_BATTLE_CREATION);
        battleCreation = Objects.requireNonNullElse(battleCreation, BATTLE_CREATION);
        ingest = Objects.requireNonNullElse(ingest, INGEST);
        votes = Objects.requireNonNullElse(votes, VOTES);
    }

    /** The rate of a limited thing. */
    public Rate rate(Limited limited) {
        Rate rate = switch (limited) {
            case SIGN_IN -> signIn;
            case AUTHENTICATION_FAILURES -> authenticationFailures;
            case API -> api;
            case ANONYMOUS_BATTLE_CREATION -> anonymousBattleCreation;
            case BATTLE_CREATION -> battleCreation;
            case INGEST -> ingest;
            case VOTES -> votes;
        };
        return Objects.requireNonNull(rate);
    }

    /**
     * One limit: a burst of {@code capacity}, then {@code refill} per {@code period}, spread evenly.
     *
     * @param capacity the most requests at once
     * @param refill the requests allowed again per period
     * @param period the refill period
     */
    public record Rate(long capacity, long refill, Duration period) {

        /** The policy of this rate under a name (checks the values). */
        public RatePolicy policy(String name) {
            return new RatePolicy(name, capacity, refill, period);
        }
    }
}
