package io.battlesim.tiktok.emulator.display;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Endpoint;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.oauth.IssuedToken;
import io.battlesim.tiktok.emulator.oauth.IssuedTokens;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v2/user/info/?fields=…}. Checks, in order: the bearer token (401 {@code access_token_invalid}), the
 * rate limit (429), {@code user.info.basic} (401 {@code scope_not_authorized}), the fields (400 {@code
 * invalid_params}) and their scopes (400 {@code scope_permission_missed}).
 */
final class UserInfoEndpoint implements Endpoint {

    static final String PATH = "/v2/user/info/";
    private static final String TOKEN_INVALID = "The access token is invalid or not found in the request.";
    private static final String SCOPE_MISSING =
            "The user did not authorize the scope required for completing this request.";

    private final IssuedTokens tokens;
    private final SandboxAccounts accounts;
    private final RateLimits rateLimits;

    UserInfoEndpoint(IssuedTokens tokens, SandboxAccounts accounts, RateLimits rateLimits) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.rateLimits = rateLimits;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        Optional<IssuedToken> token =
                exchange.bearerToken().flatMap(value -> tokens.usableAccessToken(value, exchange.now()));
        Optional<SandboxAccount> account = token.map(IssuedToken::openId).flatMap(accounts::find);
        if (token.isEmpty()) {
            return ApiEnvelope.error(401, "access_token_invalid", TOKEN_INVALID, exchange.logId());
        }
        if (!rateLimits.tryAcquire(PATH, token.get().value())) {
            return ApiEnvelope.rateLimited(exchange.logId());
        }
        if (account.isEmpty() || !token.get().scopes().contains(UserField.Scope.BASIC)) {
            return ApiEnvelope.error(401, "scope_not_authorized", SCOPE_MISSING, exchange.logId());
        }
        FieldSelection selection =
                FieldSelection.parse(exchange.query().first("fields").orElse(""));
        if (!selection.problem().isEmpty()) {
            return ApiEnvelope.error(400, "invalid_params", selection.problem(), exchange.logId());
        }
        List<UserField> ungranted = selection.fields().stream()
                .filter(field -> !token.get().scopes().contains(field.scope()))
                .toList();
        if (!ungranted.isEmpty()) {
            return ApiEnvelope.error(400, "scope_permission_missed", missedMessage(ungranted), exchange.logId());
        }
        return ApiEnvelope.ok(
                Map.of("user", user(account.get(), selection.fields(), exchange.baseUrl())), exchange.logId());
    }

    private static Map<String, Object> user(SandboxAccount account, List<UserField> fields, String baseUrl) {
        Map<String, Object> user = new LinkedHashMap<>();
        fields.forEach(field -> user.put(field.wireName(), field.valueOf(account, baseUrl)));
        return user;
    }

    private static String missedMessage(List<UserField> ungranted) {
        StringBuilder message = new StringBuilder("The user did not grant the scopes these fields need:");
        ungranted.forEach(field -> message.append(' ')
                .append(field.wireName())
                .append(" (")
                .append(field.scope())
                .append(')'));
        return message.append('.').toString();
    }
}
