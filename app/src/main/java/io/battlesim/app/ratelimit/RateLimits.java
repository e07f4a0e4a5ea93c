package io.battlesim.app.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rate limits of the app: each {@link Limited} thing with its policy from the settings, the master switch, and
 * a {@code ratelimit.refusals} counter per policy. The filters of this module and the ingest endpoints take from
 * the buckets through it.
 */
@Component
public class RateLimits {

    private static final RateDecision UNLIMITED = new RateDecision.Allowed(Long.MAX_VALUE);

    private final RateLimiter limiter;
    private final boolean enabled;
    private final Map<Limited, RatePolicy> policies = new EnumMap<>(Limited.class);
    private final Map<Limited, Counter> refusals = new EnumMap<>(Limited.class);

    public RateLimits(RateLimiter limiter, RateLimitSettings settings, MeterRegistry meters) {
        this.limiter = limiter;
        this.enabled = settings.enabled();
        for (Limited limited : Limited.values()) {
            policies.put(limited, settings.rate(limited).policy(limited.policyName()));
            refusals.put(
                    limited,
                    Counter.builder("ratelimit.refusals")
                            .description("Requests refused with 429 by a rate limit")
                            .tag("policy", limited.policyName())
                            .register(meters));
        }
    }

    /** Whether limits apply at all ({@code app.rate-limit.enabled}). */
    public boolean enabled() {
        return enabled;
    }

    /** The policy a limited thing is held to. */
    public RatePolicy policy(Limited limited) {
        return policies.get(limited);
    }

    /**
     * Takes a token for one request of {@code key} (an address, a user, a battle; never a secret).
     *
     * @return allowed, or refused with the wait (counted in {@code ratelimit.refusals})
     */
    public RateDecision take(Limited limited, String key) {
        if (!enabled) {
            return UNLIMITED;
        }
        return counted(limited, limiter.tryTake(policies.get(limited), key));
    }

    /** Whether {@code key} has a token left, without taking one; a refusal is counted like a taken one. */
    public RateDecision check(Limited limited, String key) {
        if (!enabled) {
            return UNLIMITED;
        }
        return counted(limited, limiter.check(policies.get(limited), key));
    }

    /**
     * Takes a token, or throws.
     *
     * @throws TooManyRequestsException when the bucket is empty (answered 429 with {@code Retry-After})
     */
    public void require(Limited limited, String key) {
        if (take(limited, key) instanceof RateDecision.Refused refused) {
            throw new TooManyRequestsException(limited, refused);
        }
    }

    /**
     * Spends one of the address's failed-authentication tokens: call it where a key, token or signature is found
     * wrong and the request is not answered 401 over HTTP (the filters count those).
     */
    public void authenticationFailed(String clientAddress) {
        if (enabled) {
            // The request already went through the check; an empty bucket here is no new refusal.
            limiter.tryTake(policies.get(Limited.AUTHENTICATION_FAILURES), clientAddress);
        }
    }

    private RateDecision counted(Limited limited, RateDecision decision) {
        if (decision instanceof RateDecision.Refused) {
            refusals.get(limited).increment();
        }
        return decision;
    }
}
