package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.RegisteredApps;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.ErrorStyle;
import io.battlesim.tiktok.emulator.http.Routes;
import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The emulator's Login Kit: wires the OAuth v2 endpoints and offers programmatic consent. */
public final class LoginKit {

    private final IssuedTokens tokens;
    private final AuthorizeRequestValidator validator;
    private final PendingAuthorizations pending;
    private final AuthorizationCodes codes;
    private final AuthorizationDecisions decisions;
    private final ClientAuthentication clients;
    private final ProgrammaticConsent programmatic;
    private final SandboxAccounts accounts;

    /**
     * Creates the Login Kit.
     *
     * @param apps the registered apps
     * @param accounts the sandbox accounts that can log in
     * @param settings token lifetimes and rotation
     * @param clock the emulator clock
     */
    public LoginKit(RegisteredApps apps, SandboxAccounts accounts, TokenSettings settings, Clock clock) {
        TokenGenerator generator = new TokenGenerator();
        this.tokens = new IssuedTokens(generator, settings);
        this.validator = new AuthorizeRequestValidator(apps);
        this.pending = new PendingAuthorizations(generator);
        this.codes = new AuthorizationCodes(generator, settings.authorizationCodeTtl());
        this.decisions = new AuthorizationDecisions(codes);
        this.clients = new ClientAuthentication(apps);
        this.programmatic = new ProgrammaticConsent(validator, decisions, accounts, clock);
        this.accounts = accounts;
    }

    /**
     * The issued tokens.
     *
     * @return the token store, never null
     */
    public IssuedTokens tokens() {
        return tokens;
    }

    /**
     * The user disconnects an app in TikTok's settings: all the pair's tokens are revoked.
     *
     * @param clientKey the app, must not be null
     * @param openId the user, must not be null
     * @return true when the app had an active authorization
     */
    public boolean disconnect(String clientKey, String openId) {
        return tokens.disconnect(
                Objects.requireNonNull(clientKey, "clientKey must not be null"),
                Objects.requireNonNull(openId, "openId must not be null"));
    }

    /**
     * Adds the authorize, token and revoke routes.
     *
     * @param routes the route table
     */
    public void registerRoutes(Routes routes) {
        routes.get("/v2/auth/authorize/", ErrorStyle.HTML, new AuthorizePageEndpoint(validator, pending, accounts));
        routes.post(
                "/v2/auth/authorize/", ErrorStyle.HTML, new AuthorizeDecisionEndpoint(pending, decisions, accounts));
        routes.post(
                "/v2/oauth/token/",
                ErrorStyle.OAUTH,
                new TokenEndpoint(clients, new CodeExchange(codes, tokens), tokens));
        routes.post("/v2/oauth/revoke/", ErrorStyle.OAUTH, new RevokeEndpoint(clients, tokens));
    }

    /**
     * Approves an authorize URL as the given sandbox user.
     *
     * @param authorizeUrl the URL the app would open, must not be null
     * @param username the sandbox account, must not be null
     * @param scopes the scopes to grant, or null for all requested ones
     * @return the callback URI the browser would be sent to
     * @throws IllegalArgumentException when TikTok would show its error page, or the user or a scope is unknown
     */
    public URI approve(URI authorizeUrl, String username, @Nullable Collection<String> scopes) {
        Objects.requireNonNull(authorizeUrl, "authorizeUrl must not be null");
        Objects.requireNonNull(username, "username must not be null");
        return programmatic.approve(authorizeUrl, username, scopes);
    }

    /**
     * Denies an authorize URL.
     *
     * @param authorizeUrl the URL the app would open, must not be null
     * @return the callback URI with {@code error=access_denied}
     * @throws IllegalArgumentException when TikTok would show its error page
     */
    public URI deny(URI authorizeUrl) {
        Objects.requireNonNull(authorizeUrl, "authorizeUrl must not be null");
        return programmatic.deny(authorizeUrl);
    }
}
