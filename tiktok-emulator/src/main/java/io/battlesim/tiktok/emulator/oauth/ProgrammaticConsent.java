package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.MalformedRequestException;
import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "The user clicks Authorize (or Cancel)" without a browser: the same validation as the authorize page, for tests
 * and demos. Requests TikTok would refuse with its error page throw; requests it would refuse by redirecting
 * return that redirect.
 */
final class ProgrammaticConsent {

    private static final String AUTHORIZE_PATH = "/v2/auth/authorize/";

    private final AuthorizeRequestValidator validator;
    private final AuthorizationDecisions decisions;
    private final SandboxAccounts accounts;
    private final Clock clock;

    ProgrammaticConsent(
            AuthorizeRequestValidator validator,
            AuthorizationDecisions decisions,
            SandboxAccounts accounts,
            Clock clock) {
        this.validator = validator;
        this.decisions = decisions;
        this.accounts = accounts;
        this.clock = clock;
    }

    URI approve(URI authorizeUrl, String username, @Nullable Collection<String> scopes) {
        SandboxAccount account = accounts.find(username)
                .orElseThrow(() -> new IllegalArgumentException("no sandbox account named " + username));
        return switch (validator.check(query(authorizeUrl))) {
            case AuthorizationCheck.Valid valid ->
                URI.create(
                        decisions.approve(valid.request(), account, granted(valid.request(), scopes), clock.instant()));
            case AuthorizationCheck.Rejected rejected -> throw rejection(rejected);
            case AuthorizationCheck.Refused refused -> URI.create(refused.location());
        };
    }

    URI deny(URI authorizeUrl) {
        return switch (validator.check(query(authorizeUrl))) {
            case AuthorizationCheck.Valid valid -> URI.create(decisions.deny(valid.request()));
            case AuthorizationCheck.Rejected rejected -> throw rejection(rejected);
            case AuthorizationCheck.Refused refused -> URI.create(refused.location());
        };
    }

    private static List<String> granted(AuthorizationRequest request, @Nullable Collection<String> scopes) {
        if (scopes == null) {
            return request.scopes();
        }
        scopes.stream()
                .filter(scope -> !request.scopes().contains(scope))
                .findFirst()
                .ifPresent(scope -> {
                    throw new IllegalArgumentException("scope " + scope + " was not requested by the authorize URL");
                });
        return AuthorizationDecisions.granted(request, scopes);
    }

    private static FormData query(URI authorizeUrl) {
        if (authorizeUrl.getPath() == null || !authorizeUrl.getPath().endsWith(AUTHORIZE_PATH)) {
            throw new IllegalArgumentException("not a TikTok v2 authorize URL (the path must end with " + AUTHORIZE_PATH
                    + "): " + authorizeUrl.getPath());
        }
        try {
            return FormData.parse(authorizeUrl.getRawQuery() == null ? "" : authorizeUrl.getRawQuery());
        } catch (MalformedRequestException e) {
            throw new IllegalArgumentException("the authorize URL's query is not valid form encoding", e);
        }
    }

    private static IllegalArgumentException rejection(AuthorizationCheck.Rejected rejected) {
        return new IllegalArgumentException(
                "TikTok would show its error page for " + rejected.parameter() + ": " + rejected.message());
    }
}
