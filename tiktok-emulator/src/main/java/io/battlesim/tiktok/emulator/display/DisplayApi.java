package io.battlesim.tiktok.emulator.display;

import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.ErrorStyle;
import io.battlesim.tiktok.emulator.http.Routes;
import io.battlesim.tiktok.emulator.oauth.IssuedTokens;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;

/** The emulator's Display API. */
public final class DisplayApi {

    private final IssuedTokens tokens;
    private final SandboxAccounts accounts;
    private final RateLimits rateLimits;

    /**
     * Creates the Display API.
     *
     * @param tokens the issued tokens, to authenticate requests
     * @param accounts the sandbox users
     * @param rateLimits the per-token limits
     */
    public DisplayApi(IssuedTokens tokens, SandboxAccounts accounts, RateLimits rateLimits) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.rateLimits = rateLimits;
    }

    /**
     * Adds {@code GET /v2/user/info/}.
     *
     * @param routes the route table
     */
    public void registerRoutes(Routes routes) {
        routes.get(UserInfoEndpoint.PATH, ErrorStyle.API, new UserInfoEndpoint(tokens, accounts, rateLimits));
    }
}
