package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.RegisteredApps;
import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.ApiEnvelope;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.oauth.IssuedToken;
import io.battlesim.tiktok.emulator.oauth.IssuedTokens;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;
import java.util.Optional;

/** The bearer token check (401 {@code access_token_invalid}) and per-token rate limit (429) of every endpoint. */
final class PublishAuth {

    private final IssuedTokens tokens;
    private final SandboxAccounts accounts;
    private final RegisteredApps apps;
    private final RateLimits rateLimits;

    PublishAuth(IssuedTokens tokens, SandboxAccounts accounts, RegisteredApps apps, RateLimits rateLimits) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.apps = apps;
        this.rateLimits = rateLimits;
    }

    Caller authenticate(Exchange exchange, String path) {
        Optional<IssuedToken> token =
                exchange.bearerToken().flatMap(value -> tokens.usableAccessToken(value, exchange.now()));
        Optional<SandboxAccount> account = token.map(IssuedToken::openId).flatMap(accounts::find);
        Optional<RegisteredApp> app = token.flatMap(value -> apps.find(value.clientKey()));
        if (token.isEmpty() || account.isEmpty() || app.isEmpty()) {
            throw new PublishError(
                    401, "access_token_invalid", "The access token is invalid or not found in the request.");
        }
        if (!rateLimits.tryAcquire(path, token.get().value())) {
            throw new PublishError(429, "rate_limit_exceeded", ApiEnvelope.RATE_LIMITED);
        }
        return new Caller(token.get(), account.get(), app.get());
    }
}
