package io.battlesim.tiktok.client;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;

/** Builds the request shapes TikTok's v2 API uses: form POSTs to OAuth, Bearer GETs and Bearer JSON POSTs. */
final class Requests {

    private static final String USER_AGENT = "battlesim-tiktok-client/0.1";

    private Requests() {}

    /** A form-encoded POST; client credentials travel as form fields, never as HTTP Basic. */
    static HttpRequest formPost(ClientSettings settings, String path, FormBody form) {
        return base(settings, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cache-Control", "no-cache")
                .POST(BodyPublishers.ofString(form.encode()))
                .build();
    }

    static HttpRequest bearerGet(ClientSettings settings, String pathAndQuery, String accessToken) {
        return base(settings, pathAndQuery)
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build();
    }

    /** A JSON POST; an empty body is sent as no body at all, as creator_info expects. */
    static HttpRequest bearerJsonPost(ClientSettings settings, String path, String accessToken, String json) {
        return base(settings, path)
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(json.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    private static HttpRequest.Builder base(ClientSettings settings, String pathAndQuery) {
        return HttpRequest.newBuilder(settings.apiUri(pathAndQuery))
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
    }
}
