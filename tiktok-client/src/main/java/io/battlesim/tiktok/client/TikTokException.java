package io.battlesim.tiktok.client;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of every failure the SDK reports: an error answer from TikTok, a transport problem, or a client-side rate
 * limit; messages never contain tokens or secrets.
 */
public abstract sealed class TikTokException extends RuntimeException
        permits TikTokApiException, TikTokTransportException, TikTokRateLimitedException, TikTokUploadException {

    private static final long serialVersionUID = 1L;

    private final String endpoint;

    TikTokException(String endpoint, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint must not be null");
    }

    /** The API path the failed call addressed, for example {@code /v2/oauth/token/}; never null. */
    public String endpoint() {
        return endpoint;
    }
}
