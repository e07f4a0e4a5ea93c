package io.battlesim.app.live.api;

import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.live.RoomLookup;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The room lookup of the Live API ({@code GET /live/v1/room/?username=}) over HTTP, with the v2-style envelope
 * {@code {"data":{…},"error":{"code","message","log_id"}}}. Failures become {@link RoomLookup.Unavailable} with a
 * sentence a person can act on; the token never appears in it nor in logs.
 */
public final class LiveApiClient {

    private static final Logger log = LoggerFactory.getLogger(LiveApiClient.class);

    private final HttpClient http;
    private final LiveEndpoint endpoint;
    private final Duration requestTimeout;
    private final JsonMapper json;

    /**
     * A client of {@code endpoint}.
     *
     * @param http the HTTP client (its connect timeout applies); never null
     * @param endpoint where the Live API is; never null
     * @param requestTimeout how long one lookup may take; never null
     * @param json the JSON mapper; never null
     */
    public LiveApiClient(HttpClient http, LiveEndpoint endpoint, Duration requestTimeout, JsonMapper json) {
        this.http = Objects.requireNonNull(http, "http must not be null");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint must not be null");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout must not be null");
        this.json = Objects.requireNonNull(json, "json must not be null");
    }

    /** The JDK client underneath, shared with the event stream connectors. */
    public HttpClient http() {
        return http;
    }

    /** Where this client points. */
    public LiveEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Looks a creator up.
     *
     * @param username the creator's handle (an {@code @} prefix is dropped); never null
     * @param accessToken a user access token; never null
     * @return what the Live API says; never null
     */
    public RoomLookup lookup(String username, String accessToken) {
        return lookup(username, accessToken, () -> {});
    }

    /**
     * Looks a creator up, telling {@code onTokenRefused} when the Live API refuses the token.
     *
     * @param username the creator's handle (an {@code @} prefix is dropped); never null
     * @param accessToken a user access token; never null
     * @param onTokenRefused called (before returning) on {@code access_token_invalid}; never null
     * @return what the Live API says; never null
     */
    public RoomLookup lookup(String username, String accessToken, Runnable onTokenRefused) {
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(onTokenRefused, "onTokenRefused must not be null");
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        if (!(endpoint instanceof LiveEndpoint.Configured configured)) {
            return new RoomLookup.Unavailable(((LiveEndpoint.NotConfigured) endpoint).reason());
        }
        String handle = username.strip().startsWith("@") ? username.strip().substring(1) : username.strip();
        HttpRequest request = HttpRequest.newBuilder(configured.roomLookup(handle))
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            RoomLookup answer = interpret(handle, response.statusCode(), response.body());
            if (response.statusCode() == 401) {
                onTokenRefused.run();
            }
            return answer;
        } catch (HttpTimeoutException e) {
            return unavailable("the LIVE service did not answer in time", e);
        } catch (IOException e) {
            return unavailable("the LIVE service cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RoomLookup.Unavailable("The lookup was interrupted.");
        }
    }

    private RoomLookup interpret(String username, int status, byte[] body) {
        JsonNode envelope;
        try {
            envelope = json.readTree(body);
        } catch (JacksonException e) {
            return unavailable("the LIVE service answered HTTP " + status + " without a readable body", e);
        }
        String code = envelope.path("error").path("code").asString("");
        if (status == 200 && "ok".equals(code)) {
            return room(username, envelope.path("data").path("room"));
        }
        String logId = envelope.path("error").path("log_id").asString("");
        log.info("Live API room lookup of {} answered HTTP {} {} (log_id {})", username, status, code, logId);
        return switch (code) {
            case "user_not_found", "room_not_found" -> new RoomLookup.NotFound(username);
            case "access_token_invalid" ->
                new RoomLookup.Unavailable("The LIVE service refused the access token (access_token_invalid):"
                        + " sign in with TikTok again.");
            case "rate_limit_exceeded" ->
                new RoomLookup.Unavailable("The LIVE service is rate limiting lookups; try again in a minute.");
            case "invalid_params" -> new RoomLookup.Unavailable("The LIVE service refused the username.");
            default ->
                new RoomLookup.Unavailable("The LIVE service answered HTTP " + status
                        + (code.isEmpty() ? "" : " (" + code + ")") + "; try again later.");
        };
    }

    private static RoomLookup room(String username, JsonNode room) {
        String roomId = room.path("room_id").asString("");
        String hostUserId = room.path("host_user_id").asString("");
        if (roomId.isEmpty() || hostUserId.isEmpty()) {
            return new RoomLookup.Unavailable("The LIVE service answered without a room id.");
        }
        if (!"LIVE".equals(room.path("status").asString(""))) {
            return new RoomLookup.Offline(room.path("username").asString(username));
        }
        List<String> guests = new ArrayList<>();
        room.path("guests").forEach(guest -> {
            String id = guest.path("user_id").asString("");
            if (!id.isEmpty()) {
                guests.add(id);
            }
        });
        String handle = room.path("username").asString(username);
        return new RoomLookup.Live(
                new RoomBinding(handle, roomId, hostUserId, guests),
                room.path("display_name").asString(handle),
                room.path("title").asString(""),
                room.path("viewer_count").asLong(0));
    }

    private static RoomLookup unavailable(String problem, Exception e) {
        log.warn("Live API room lookup failed: {} ({})", problem, e.toString());
        return new RoomLookup.Unavailable(Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ".");
    }
}
