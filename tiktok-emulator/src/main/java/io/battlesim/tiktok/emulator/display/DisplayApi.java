package io.battlesim.tiktok.emulator.display;

import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.ErrorStyle;
import io.battlesim.tiktok.emulator.http.Routes;
import io.battlesim.tiktok.emulator.oauth.IssuedTokens;
import io.battlesim.tiktok.emulator.ratelimit.RateLimits;
import io.battlesim.tiktok.emulator.videos.VideoCatalogue;

/** The emulator's Display API: user info, and the user's videos from the sandbox accounts' catalogue. */
public final class DisplayApi {

    private final IssuedTokens tokens;
    private final SandboxAccounts accounts;
    private final RateLimits rateLimits;

    /**
     * Creates the Display API.
     *
     * @param tokens the issued tokens, to authenticate requests
     * @param accounts the sandbox users and their videos
     * @param rateLimits the per-token limits
     */
    public DisplayApi(IssuedTokens tokens, SandboxAccounts accounts, RateLimits rateLimits) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.rateLimits = rateLimits;
    }

    /**
     * Adds {@code GET /v2/user/info/}, {@code POST /v2/video/list/} and {@code POST /v2/video/query/}.
     *
     * @param routes the route table
     */
    public void registerRoutes(Routes routes) {
        VideoCatalogue videos = accounts.videos();
        routes.get(UserInfoEndpoint.PATH, ErrorStyle.API, new UserInfoEndpoint(tokens, accounts, videos, rateLimits));
        routes.post(
                VideoListEndpoint.PATH, ErrorStyle.API, new VideoListEndpoint(tokens, accounts, videos, rateLimits));
        routes.post(
                VideoQueryEndpoint.PATH, ErrorStyle.API, new VideoQueryEndpoint(tokens, accounts, videos, rateLimits));
    }
}
