package io.battlesim.tiktok.emulator.display;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;

/** A Display API request refused with TikTok's HTTP status and {@code error.code}. */
final class DisplayError extends RuntimeException {

    static final String TOKEN_INVALID = "The access token is invalid or not found in the request.";
    static final String SCOPE_MISSING = "The user did not authorize the scope required for completing this request.";

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    DisplayError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static DisplayError invalidParams(String message) {
        return new DisplayError(400, "invalid_params", message);
    }

    EmulatorResponse response(String logId) {
        return status == 429 ? ApiEnvelope.rateLimited(logId) : ApiEnvelope.error(status, code, getMessage(), logId);
    }
}
