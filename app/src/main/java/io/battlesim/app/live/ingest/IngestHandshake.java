package io.battlesim.app.live.ingest;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Takes the battle id from the path and the ingest key from {@code ?key=} or the {@code X-Ingest-Key} header; the
 * handler checks them once the socket is open, so a wrong key is answered with close code 1008 as the ingest API
 * promises. A request that is no WebSocket handshake (another method, no {@code Upgrade: websocket}) gets a problem
 * detail.
 */
final class IngestHandshake implements HandshakeInterceptor {

    static final String BATTLE_ID = "ingest.battleId";
    static final String KEY = "ingest.key";

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        if (request.getMethod() != HttpMethod.GET) {
            response.getHeaders().setAllow(Set.of(HttpMethod.GET));
            return refuse(response, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "The socket opens with GET.");
        }
        String upgrade = request.getHeaders().getUpgrade();
        if (upgrade == null || !upgrade.toLowerCase(Locale.ROOT).contains("websocket")) {
            response.getHeaders().setUpgrade("websocket");
            return refuse(
                    response,
                    HttpStatus.UPGRADE_REQUIRED,
                    "WebSocket required",
                    "Connect with a WebSocket client, or POST the events to /api/battles/{id}/events.");
        }
        String battleId = battleId(request.getURI().getRawPath());
        if (battleId == null) {
            return refuse(response, HttpStatus.NOT_FOUND, "Unknown battle", "There is no such battle.");
        }
        String key = UriComponentsBuilder.fromUri(request.getURI())
                .build()
                .getQueryParams()
                .getFirst("key");
        if (key == null) {
            key = request.getHeaders().getFirst(IngestController.KEY_HEADER);
        }
        attributes.put(BATTLE_ID, battleId);
        attributes.put(KEY, key == null ? "" : decoded(key).strip());
        return true;
    }

    /**
     * Answers a request that is no WebSocket handshake with a problem detail, as the rest of the API does (Spring's
     * own answers are plain text or empty).
     */
    private static boolean refuse(ServerHttpResponse response, HttpStatus status, String title, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String problem = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.getBody().write(problem.getBytes(StandardCharsets.UTF_8));
        } catch (IOException clientGone) {
            // nobody is left to read it
        }
        return false;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            @Nullable Exception exception) {
        // nothing to do
    }

    /** The id of {@code /api/battles/{id}/events/ws}, or null. */
    static @Nullable String battleId(String rawPath) {
        String prefix = "/api/battles/";
        String suffix = "/events/ws";
        int start = rawPath.indexOf(prefix);
        if (start < 0 || !rawPath.endsWith(suffix)) {
            return null;
        }
        String id = rawPath.substring(start + prefix.length(), rawPath.length() - suffix.length());
        return id.isEmpty() || id.contains("/") ? null : decoded(id);
    }

    /**
     * A percent-decoded query value or path segment; one that cannot be decoded (a stray {@code %}) is kept as sent,
     * so that it is simply an unknown battle or a wrong key (closed with 1008) rather than a failed handshake.
     */
    static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return raw;
        }
    }
}
