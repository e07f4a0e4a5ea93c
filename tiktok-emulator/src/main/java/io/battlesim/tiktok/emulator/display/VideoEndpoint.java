package io.battlesim.tiktok.emulator.display;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.Json;
import io.battlesim.tiktok.emulator.oauth.IssuedToken;
import io.battlesim.tiktok.emulator.oauth.IssuedTokens;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What {@code /v2/video/list/} and {@code /v2/video/query/} check first, in {@code user/info}'s order: the bearer
 * token (401 {@code access_token_invalid}), the rate limit (429), {@code video.list} (401 {@code
 * scope_not_authorized}) and the {@code fields} query parameter (400 {@code invalid_params}); then the JSON body.
 */
abstract class VideoEndpoint implements Endpoint {

    private final String path;
    private final IssuedTokens tokens;
    private final SandboxAccounts accounts;
    private final RateLimits rateLimits;

    VideoEndpoint(String path, IssuedTokens tokens, SandboxAccounts accounts, RateLimits rateLimits) {
        this.path = path;
        this.tokens = tokens;
        this.accounts = accounts;
        this.rateLimits = rateLimits;
    }

    @Override
    public final EmulatorResponse handle(Exchange exchange) {
        try {
            VideoCaller caller = authorize(exchange);
            FieldSelection<VideoField> selection =
                    FieldSelection.parse(exchange.query().first("fields").orElse(""), VideoField::byWireName);
            if (!selection.problem().isEmpty()) {
                throw DisplayError.invalidParams(selection.problem());
            }
            return answer(exchange, caller, selection.fields(), body(exchange));
        } catch (DisplayError e) {
            return e.response(exchange.logId());
        }
    }

    abstract EmulatorResponse answer(Exchange exchange, VideoCaller caller, List<VideoField> fields, JsonNode body);

    private VideoCaller authorize(Exchange exchange) {
        Optional<IssuedToken> token =
                exchange.bearerToken().flatMap(value -> tokens.usableAccessToken(value, exchange.now()));
        if (token.isEmpty()) {
            throw new DisplayError(401, "access_token_invalid", DisplayError.TOKEN_INVALID);
        }
        if (!rateLimits.tryAcquire(path, token.get().value())) {
            throw new DisplayError(429, "rate_limit_exceeded", "");
        }
        Optional<SandboxAccount> account =
                Optional.ofNullable(token.get().openId()).flatMap(accounts::find);
        if (account.isEmpty() || !token.get().scopes().contains(VideoField.SCOPE)) {
            throw new DisplayError(401, "scope_not_authorized", DisplayError.SCOPE_MISSING);
        }
        return new VideoCaller(token.get(), account.get());
    }

    // Every body field is optional on the list endpoint, so an empty body reads as {}.
    private static JsonNode body(Exchange exchange) {
        byte[] raw = exchange.readBody();
        if (new String(raw, StandardCharsets.UTF_8).isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!exchange.hasContentType("application/json")) {
            throw DisplayError.invalidParams("The Content-Type must be application/json.");
        }
        JsonNode body = Json.read(raw);
        if (!body.isObject()) {
            throw DisplayError.invalidParams("The body must be a JSON object.");
        }
        return body;
    }
}
