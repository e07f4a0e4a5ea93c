package io.battlesim.app.live.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Takes the battle id from the path and the ingest key from {@code ?key=} or the {@code X-Ingest-Key} header; the
 * handler checks them once the socket is open, so a wrong key is answered with close code 1008 as the ingest API
 * promises.
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
        String battleId = battleId(request.getURI().getRawPath());
        if (battleId == null) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        }
        String key = UriComponentsBuilder.fromUri(request.getURI())
                .build()
                .getQueryParams()
                .getFirst("key");
        if (key == null) {
            key = request.getHeaders().getFirst(IngestController.KEY_HEADER);
        }
        attributes.put(BATTLE_ID, battleId);
        attributes.put(
                KEY,
                key == null
                        ? ""
                        : URLDecoder.decode(key, StandardCharsets.UTF_8).strip());
        return true;
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
        return id.isEmpty() || id.contains("/") ? null : URLDecoder.decode(id, StandardCharsets.UTF_8);
    }
}
