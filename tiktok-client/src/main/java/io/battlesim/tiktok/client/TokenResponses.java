package io.battlesim.tiktok.client;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Turns token-endpoint answers into {@link TokenSet}s and {@link ClientToken}s, with expiry from {@code now}. */
final class TokenResponses {

    /** Reads one answer, given the instant the lifetimes count from. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Exchange exchange, Instant now);
    }

    private TokenResponses() {}

    static TokenSet tokenSet(Exchange exchange, Instant now) {
        JsonNode body = ResponseBodies.requireOAuthSuccess(exchange);
        String scope = Json.text(body, "scope");
        String tokenType = Json.text(body, "token_type");
        return new TokenSet(
                required(exchange, Json.text(body, "open_id"), "open_id"),
                required(exchange, Json.text(body, "access_token"), "access_token"),
                now.plusSeconds(required(exchange, Json.number(body, "expires_in"), "expires_in")),
                required(exchange, Json.text(body, "refresh_token"), "refresh_token"),
                now.plusSeconds(required(exchange, Json.number(body, "refresh_expires_in"), "refresh_expires_in")),
                Scopes.split(scope == null ? "" : scope),
                tokenType == null ? "Bearer" : tokenType);
    }

    static ClientToken clientToken(Exchange exchange, Instant now) {
        JsonNode body = ResponseBodies.requireOAuthSuccess(exchange);
        String tokenType = Json.text(body, "token_type");
        return new ClientToken(
                required(exchange, Json.text(body, "access_token"), "access_token"),
                now.plusSeconds(required(exchange, Json.number(body, "expires_in"), "expires_in")),
                tokenType == null ? "Bearer" : tokenType);
    }

    private static <T> T required(Exchange exchange, @Nullable T value, String field) {
        if (value == null) {
            throw ResponseBodies.unexpected(exchange, "a token answer without " + field);
        }
        return value;
    }
}
