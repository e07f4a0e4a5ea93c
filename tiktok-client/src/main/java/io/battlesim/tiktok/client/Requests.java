package io.battlesim.tiktok.client;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;

/** Builds the two request shapes TikTok's v2 API uses here: form POSTs to OAuth and Bearer GETs. */
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

    private static HttpRequest.Builder base(ClientSettings settings, String pathAndQuery) {
        return HttpRequest.newBuilder(settings.apiUri(pathAndQuery))
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
    }
}
