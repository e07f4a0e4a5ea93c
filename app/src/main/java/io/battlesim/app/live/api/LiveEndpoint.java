package io.battlesim.app.live.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Where the Live API is, or why the app has none. */
public sealed interface LiveEndpoint {

    /**
     * A Live API the app can call.
     *
     * @param httpBase base of the HTTP endpoints, without a trailing slash
     * @param wsBase base of the WebSocket endpoints ({@code ws:} or {@code wss:}), without a trailing slash
     */
    record Configured(URI httpBase, URI wsBase) implements LiveEndpoint {

        public Configured {
            Objects.requireNonNull(httpBase, "httpBase must not be null");
            Objects.requireNonNull(wsBase, "wsBase must not be null");
        }

        /** The room lookup URL for {@code username}. */
        public URI roomLookup(String username) {
            return URI.create(httpBase + "/live/v1/room/?username=" + encode(username));
        }

        /** The event stream of {@code roomId}, resuming after {@code cursor} (a negative cursor: live only). */
        public URI events(String roomId, long cursor) {
            String path = wsBase + "/live/v1/rooms/" + encode(roomId) + "/events";
            return URI.create(cursor < 0 ? path : path + "?cursor=" + cursor);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /**
     * No Live API is configured.
     *
     * @param reason a sentence for the person starting a battle; never null
     */
    record NotConfigured(String reason) implements LiveEndpoint {
        public NotConfigured {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /**
     * The endpoint for the given settings.
     *
     * @param httpBase the configured HTTP base, or blank for none
     * @param wsBase the configured WebSocket base, or blank to derive it from the HTTP base
     * @return the endpoint; never null
     * @throws IllegalArgumentException when a URL is not absolute http(s) / ws(s)
     */
    static LiveEndpoint of(String httpBase, String wsBase) {
        if (httpBase.isBlank()) {
            return new NotConfigured("LIVE access not configured (set app.live.api-base-url).");
        }
        URI http = URI.create(stripTrailingSlash(httpBase.strip()));
        if (!("http".equals(http.getScheme()) || "https".equals(http.getScheme())) || http.getHost() == null) {
            throw new IllegalArgumentException("app.live.api-base-url must be an absolute http(s) URL: " + httpBase);
        }
        URI ws = wsBase.isBlank()
                ? URI.create(http.toString().replaceFirst("^http", "ws"))
                : URI.create(stripTrailingSlash(wsBase.strip()));
        if (!("ws".equals(ws.getScheme()) || "wss".equals(ws.getScheme())) || ws.getHost() == null) {
            throw new IllegalArgumentException("app.live.ws-base-url must be an absolute ws(s) URL: " + wsBase);
        }
        return new Configured(http, ws);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
