package io.battlesim.tiktok.client;

/** What the client does when its own per-token copy of TikTok's published rate limits is exhausted. */
public enum RateLimitMode {
    /** Block until the limit allows the call, at most for the request timeout, then fail. */
    WAIT,
    /** Fail at once with {@link TikTokRateLimitedException}. */
    FAIL_FAST,
    /** Do not limit on the client; TikTok's own 429 answers still apply. */
    OFF
}
