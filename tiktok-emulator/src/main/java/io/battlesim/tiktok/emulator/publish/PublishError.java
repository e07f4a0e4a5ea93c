package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;

/** A Content Posting request refused with TikTok's HTTP status and {@code error.code}. */
final class PublishError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    PublishError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static PublishError invalidParam(String message) {
        return new PublishError(400, "invalid_param", message);
    }

    static PublishError forbidden(String code, String message) {
        return new PublishError(403, code, message);
    }

    EmulatorResponse response(String logId) {
        return ApiEnvelope.error(status, code, getMessage(), logId);
    }
}
