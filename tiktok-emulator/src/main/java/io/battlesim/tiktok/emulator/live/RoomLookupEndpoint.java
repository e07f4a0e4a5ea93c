package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.oauth.IssuedToken;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /live/v1/room/?username=…} of the Live API. Checks, in order: a user access token (401 {@code
 * access_token_invalid}; client tokens are refused), the rate limit (429), the username (400 {@code
 * invalid_params}) and the creator (404 {@code user_not_found}).
 */
final class RoomLookupEndpoint implements Endpoint {

    static final String PATH = "/live/v1/room/";
    private static final String TOKEN_INVALID = "The access token is invalid or not found in the request.";

    private final LiveHub hub;
    private final RateLimits rateLimits;

    RoomLookupEndpoint(LiveHub hub, RateLimits rateLimits) {
        this.hub = hub;
        this.rateLimits = rateLimits;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        Optional<IssuedToken> token = exchange.bearerToken().flatMap(value -> hub.userToken(value, exchange.now()));
        if (token.isEmpty()) {
            return ApiEnvelope.error(401, "access_token_invalid", TOKEN_INVALID, exchange.logId());
        }
        if (!rateLimits.tryAcquire(PATH, token.get().value())) {
            return ApiEnvelope.rateLimited(exchange.logId());
        }
        Optional<String> username = exchange.query().nonBlank("username");
        if (username.isEmpty()) {
            return ApiEnvelope.error(400, "invalid_params", "The username parameter is required.", exchange.logId());
        }
        Optional<LiveRoom> room = hub.room(username.get());
        if (room.isEmpty()) {
            return ApiEnvelope.error(
                    404, "user_not_found", "No user has the username " + username.get() + ".", exchange.logId());
        }
        return ApiEnvelope.ok(Map.of("room", LiveJson.room(room.get(), exchange.baseUrl())), exchange.logId());
    }
}
