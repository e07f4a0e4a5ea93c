package io.battlesim.tiktok.client;

/** Which failures of a call are safe to repeat. */
enum RetryScope {
    /**
     * Repeating is harmless (GET, client token, revoke): retry transport failures, 429 and retryable server errors.
     */
    ANY_FAILURE,
    /**
     * TikTok may have consumed something (a one-time code, a rotating refresh token): retry only when the connection
     * could not be opened, so the request never reached TikTok.
     */
    CONNECT_FAILURE_ONLY
}
