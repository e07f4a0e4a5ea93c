package io.battlesim.tiktok.client;

import java.time.Duration;
import java.util.Objects;

/**
 * The SDK's own per-token rate limiter refused a call (immediately in {@link RateLimitMode#FAIL_FAST}, or after
 * the request timeout in {@link RateLimitMode#WAIT}); the request was never sent.
 */
public final class TikTokRateLimitedException extends TikTokException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param endpoint the API path, never null
     * @param retryAfter how long until a call would be allowed, never null
     */
    public TikTokRateLimitedException(String endpoint, Duration retryAfter) {
        super(endpoint, describe(endpoint, Objects.requireNonNull(retryAfter, "retryAfter must not be null")), null);
        this.retryAfter = retryAfter;
    }

    private static String describe(String endpoint, Duration retryAfter) {
        return "Client-side rate limit for " + endpoint + " reached; retry after " + retryAfter.toMillis() + " ms";
    }

    /** How long until the limiter would let one more call through; never null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
