package io.battlesim.tiktok.emulator.http;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** TikTok's flat OAuth error: {@code {"error":…,"error_description":…,"log_id":…}}. */
public final class OAuthError {

    private OAuthError() {}

    /**
     * An OAuth error answer.
     *
     * @param status the HTTP status (400, or 401 for {@code invalid_client})
     * @param error the category, e.g. {@code invalid_grant}
     * @param description the {@code error_description}; never contains secrets
     * @param logId the request's log id
     * @return the response, never null
     */
    public static EmulatorResponse of(int status, String error, String description, String logId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        body.put("log_id", logId);
        return Responses.json(status, body);
    }
}
