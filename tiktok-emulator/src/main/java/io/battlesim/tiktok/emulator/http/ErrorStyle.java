package io.battlesim.tiktok.emulator.http;

import io.battlesim.tiktok.emulator.EmulatorResponse;

/** How a route answers errors and injected faults: TikTok's API envelope, the flat OAuth error, or an HTML page. */
public enum ErrorStyle {
    /** The v2 API envelope {@code {"data":{},"error":{code,message,log_id}}}; fault mode applies. */
    API,
    /** The flat OAuth error {@code {error,error_description,log_id}}; fault mode applies. */
    OAUTH,
    /** A TikTok-style HTML page (the authorize page); fault mode applies. */
    HTML,
    /** The emulator's own pages (status, avatars, {@code /faults}): JSON envelope errors, never faulted. */
    INTERNAL;

    private static final String SERVER_ERROR = "Something went wrong. Please try again later.";
    private static final String BUSY = "The service is busy. Please try again later.";

    /**
     * Whether fault mode applies to routes of this style.
     *
     * @return false only for the emulator's own pages
     */
    public boolean faultable() {
        return this != INTERNAL;
    }

    /**
     * An HTTP 500 answer.
     *
     * @param logId the request's log id
     * @return the response, never null
     */
    public EmulatorResponse serverError(String logId) {
        return switch (this) {
            case API, INTERNAL -> ApiEnvelope.error(500, "internal_error", SERVER_ERROR, logId);
            case OAUTH -> OAuthError.of(500, "server_error", SERVER_ERROR, logId);
            case HTML -> HtmlPage.message(500, "Something went wrong", SERVER_ERROR, logId);
        };
    }

    /**
     * An HTTP 429 answer.
     *
     * @param logId the request's log id
     * @return the response, never null
     */
    public EmulatorResponse tooManyRequests(String logId) {
        return switch (this) {
            case API, INTERNAL -> ApiEnvelope.rateLimited(logId);
            case OAUTH -> OAuthError.of(429, "temporarily_unavailable", BUSY, logId);
            case HTML -> HtmlPage.message(429, "Too many requests", BUSY, logId);
        };
    }

    /**
     * An HTTP 400 answer for a request the emulator cannot read.
     *
     * @param message a client-facing message without secrets
     * @param logId the request's log id
     * @return the response, never null
     */
    public EmulatorResponse badRequest(String message, String logId) {
        return switch (this) {
            case API, INTERNAL -> ApiEnvelope.error(400, "invalid_params", message, logId);
            case OAUTH -> OAuthError.of(400, "invalid_request", message, logId);
            case HTML -> HtmlPage.message(400, "Something went wrong", message, logId);
        };
    }
}
