package io.battlesim.app.tiktok;

import io.battlesim.tiktok.emulator.LiveRooms;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an event stream handshake the way the Live API does before upgrading: {@code Authorization: Bearer} with
 * a usable user access token (else 401 {@code access_token_invalid}), a known room (else 404 {@code
 * room_not_found}) and a numeric {@code cursor} when given (else 400 {@code invalid_params}), each refusal in the
 * v2-style envelope.
 */
final class EmulatorLiveHandshake implements HandshakeInterceptor {

    static final String ROOM_ID = "emulator.live.roomId";
    static final String CURSOR = "emulator.live.cursor";
    private static final String BEARER = "Bearer ";

    private final LiveRooms live;
    private final JsonMapper json;

    EmulatorLiveHandshake(LiveRooms live, JsonMapper json) {
        this.live = live;
        this.json = json;
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        String roomId = roomId(request.getURI().getRawPath());
        if (roomId == null) {
            return refuse(response, HttpStatus.NOT_FOUND, "room_not_found", "Use /live/v1/rooms/{room_id}/events.");
        }
        String token = bearerToken(request.getHeaders());
        if (token == null || !live.authenticate(token)) {
            return refuse(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "access_token_invalid",
                    "The access token is invalid or not found in the request.");
        }
        if (live.roomById(roomId).isEmpty()) {
            return refuse(response, HttpStatus.NOT_FOUND, "room_not_found", "No LIVE room has the id " + roomId + ".");
        }
        List<String> cursors = UriComponentsBuilder.fromUri(request.getURI())
                .build()
                .getQueryParams()
                .getOrDefault("cursor", List.of());
        long cursor = LiveRooms.LIVE_ONLY;
        if (!cursors.isEmpty()) {
            try {
                cursor = Long.parseLong(cursors.getFirst());
            } catch (NumberFormatException e) {
                cursor = -2;
            }
            if (cursor < 0) {
                return refuse(
                        response, HttpStatus.BAD_REQUEST, "invalid_params", "cursor must be a sequence number (>= 0).");
            }
        }
        attributes.put(ROOM_ID, roomId);
        attributes.put(CURSOR, cursor);
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

    /** The room id of {@code /emulator/live/v1/rooms/{roomId}/events}, or null for any other path. */
    static @Nullable String roomId(String rawPath) {
        int start = rawPath.indexOf(EmulatorLiveStreams.PATH_PREFIX);
        if (start < 0) {
            return null;
        }
        String rest = rawPath.substring(start + EmulatorLiveStreams.PATH_PREFIX.length());
        if (!rest.endsWith("/events")) {
            return null;
        }
        String roomId =
                URLDecoder.decode(rest.substring(0, rest.length() - "/events".length()), StandardCharsets.UTF_8);
        return roomId.isEmpty() || roomId.contains("/") ? null : roomId;
    }

    private static @Nullable String bearerToken(HttpHeaders headers) {
        String header = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }

    private boolean refuse(ServerHttpResponse response, HttpStatus status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("log_id", HexFormat.of().formatHex(randomBytes()));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("data", Map.of());
        envelope.put("error", error);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        try {
            response.getBody().write(json.writeValueAsBytes(envelope));
        } catch (IOException e) {
            // the client went away: nothing to tell it
        }
        return false;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
