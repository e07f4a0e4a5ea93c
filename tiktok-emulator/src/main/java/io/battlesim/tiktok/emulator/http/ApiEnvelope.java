package io.battlesim.tiktok.emulator.http;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** TikTok's v2 API envelope: {@code {"data":{…},"error":{"code":…,"message":…,"log_id":…}}}. */
public final class ApiEnvelope {

    /** The message of {@code rate_limit_exceeded}. */
    public static final String RATE_LIMITED = "The API rate limit was exceeded. Please try again later.";

    private ApiEnvelope() {}

    /**
     * A successful answer: HTTP 200 with {@code error.code = "ok"}.
     *
     * @param data the {@code data} object
     * @param logId the request's log id
     * @return the response, never null
     */
    public static EmulatorResponse ok(Object data, String logId) {
        return Responses.json(200, envelope(data, "ok", "", logId));
    }

    /**
     * A failed answer with {@code data = {}}.
     *
     * @param status the HTTP status
     * @param code the {@code error.code}, e.g. {@code access_token_invalid}
     * @param message the {@code error.message}; never contains secrets
     * @param logId the request's log id
     * @return the response, never null
     */
    public static EmulatorResponse error(int status, String code, String message, String logId) {
        return Responses.json(status, envelope(Map.of(), code, message, logId));
    }

    /**
     * The HTTP 429 {@code rate_limit_exceeded} answer.
     *
     * @param logId the request's log id
     * @return the response, never null
     */
    public static EmulatorResponse rateLimited(String logId) {
        return error(429, "rate_limit_exceeded", RATE_LIMITED, logId);
    }

    private static Map<String, Object> envelope(Object data, String code, String message, String logId) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("log_id", logId);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("data", data);
        envelope.put("error", error);
        return envelope;
    }
}
