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
import io.battlesim.tiktok.emulator.videos.ProfileCounts;
import io.battlesim.tiktok.emulator.videos.VideoCatalogue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /v2/user/info/?fields=…}. Checks, in order: the bearer token (401 {@code access_token_invalid}), the
 * rate limit (429), {@code user.info.basic} (401 {@code scope_not_authorized}), the fields (400 {@code
 * invalid_params}) and their scopes (400 {@code scope_permission_missed}).
 */
final class UserInfoEndpoint implements Endpoint {

    static final String PATH = "/v2/user/info/";

    private final IssuedTokens tokens;
    private final SandboxAccounts accounts;
    private final VideoCatalogue videos;
    private final RateLimits rateLimits;

    UserInfoEndpoint(IssuedTokens tokens, SandboxAccounts accounts, VideoCatalogue videos, RateLimits rateLimits) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.videos = videos;
        this.rateLimits = rateLimits;
    }

    @Override
    public EmulatorResponse handle(Exchange exchange) {
        Optional<IssuedToken> token =
                exchange.bearerToken().flatMap(value -> tokens.usableAccessToken(value, exchange.now()));
        Optional<SandboxAccount> account = token.map(IssuedToken::openId).flatMap(accounts::find);
        if (token.isEmpty()) {
            return ApiEnvelope.error(401, "access_token_invalid", DisplayError.TOKEN_INVALID, exchange.logId());
        }
        if (!rateLimits.tryAcquire(PATH, token.get().value())) {
            return ApiEnvelope.rateLimited(exchange.logId());
        }
        if (account.isEmpty() || !token.get().scopes().contains(UserField.Scope.BASIC)) {
            return ApiEnvelope.error(401, "scope_not_authorized", DisplayError.SCOPE_MISSING, exchange.logId());
        }
        FieldSelection<UserField> selection =
                FieldSelection.parse(exchange.query().first("fields").orElse(""), UserField::byWireName);
        if (!selection.problem().isEmpty()) {
            return ApiEnvelope.error(400, "invalid_params", selection.problem(), exchange.logId());
        }
        List<UserField> ungranted = selection.fields().stream()
                .filter(field -> !token.get().scopes().contains(field.scope()))
                .toList();
        if (!ungranted.isEmpty()) {
            return ApiEnvelope.error(400, "scope_permission_missed", missedMessage(ungranted), exchange.logId());
        }
        return ApiEnvelope.ok(Map.of("user", user(account.get(), selection.fields(), exchange)), exchange.logId());
    }

    private Map<String, Object> user(SandboxAccount account, List<UserField> fields, Exchange exchange) {
        // Summing the catalogue's counts costs a little, so only when a stats field asks for it, and once.
        Supplier<ProfileCounts> stats = new Supplier<>() {
            private @Nullable ProfileCounts counts;

            @Override
            public ProfileCounts get() {
                if (counts == null) {
                    counts = videos.profileAt(account.openId(), exchange.now());
                }
                return counts;
            }
        };
        Map<String, Object> user = new LinkedHashMap<>();
        fields.forEach(field -> user.put(field.wireName(), field.valueOf(account, stats, exchange.baseUrl())));
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
