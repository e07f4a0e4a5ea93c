package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.http.FormData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds callback URLs with form-encoded query parameters, as TikTok's authorize page does. */
final class Redirects {

    private Redirects() {}

    static String success(String redirectUri, String code, String scopes, String state) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code);
        parameters.put("scopes", scopes);
        parameters.put("state", state);
        return withQuery(redirectUri, parameters);
    }

    static String error(String redirectUri, String error, String description, @Nullable String state) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error);
        parameters.put("error_description", description);
        if (state != null) {
            parameters.put("state", state);
        }
        return withQuery(redirectUri, parameters);
    }

    private static String withQuery(String redirectUri, Map<String, String> parameters) {
        return redirectUri + (redirectUri.contains("?") ? "&" : "?") + FormData.encode(parameters);
    }
}
