package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.RegisteredApps;
import io.battlesim.tiktok.emulator.http.FormData;
import java.util.List;
import java.util.Optional;

/**
 * Validates {@code /v2/auth/authorize/} parameters in TikTok's order: what makes the redirect untrustworthy
 * (client_key, redirect_uri, PKCE) gives an HTML error page; what is wrong once the redirect is trusted
 * (response_type, scope, state) is sent back to the redirect URI as {@code error=…}.
 */
final class AuthorizeRequestValidator {

    private final RegisteredApps apps;

    AuthorizeRequestValidator(RegisteredApps apps) {
        this.apps = apps;
    }

    AuthorizationCheck check(FormData query) {
        Optional<RegisteredApp> app = query.nonBlank("client_key").flatMap(apps::find);
        if (app.isEmpty()) {
            return new AuthorizationCheck.Rejected("client_key", "The client_key is missing or not registered.");
        }
        String redirectUri = query.first("redirect_uri").orElse("");
        if (!app.get().allowsRedirectUri(redirectUri)) {
            return new AuthorizationCheck.Rejected(
                    "redirect_uri",
                    "The redirect_uri \"" + redirectUri + "\" is not registered for this app (exact match, trailing"
                            + " slash included).");
        }
        Optional<AuthorizationCheck> pkceProblem = checkPkce(app.get(), query);
        if (pkceProblem.isPresent()) {
            return pkceProblem.get();
        }
        return checkRedirectable(app.get(), redirectUri, query);
    }

    private static Optional<AuthorizationCheck> checkPkce(RegisteredApp app, FormData query) {
        Optional<String> challenge = query.nonBlank("code_challenge");
        if (challenge.isEmpty()) {
            return app.requirePkce()
                    ? Optional.of(new AuthorizationCheck.Rejected(
                            "code_challenge",
                            "This app requires PKCE: send code_challenge and code_challenge_method=S256."))
                    : Optional.empty();
        }
        if (!query.first("code_challenge_method").orElse("").equals("S256")) {
            return Optional.of(new AuthorizationCheck.Rejected(
                    "code_challenge_method", "Only code_challenge_method=S256 is supported."));
        }
        if (!Pkce.wellFormedChallenge(challenge.get(), app.pkceMode())) {
            return Optional.of(new AuthorizationCheck.Rejected(
                    "code_challenge", "The code_challenge must be " + Pkce.expectedFormat(app.pkceMode()) + "."));
        }
        return Optional.empty();
    }

    private static AuthorizationCheck checkRedirectable(RegisteredApp app, String redirectUri, FormData query) {
        Optional<String> state = query.nonBlank("state");
        if (!query.first("response_type").orElse("").equals("code")) {
            return refuse(redirectUri, "unsupported_response_type", "The response_type must be code.", state);
        }
        List<String> scopes = Scopes.parse(query.first("scope").orElse(""));
        if (scopes.isEmpty()) {
            return refuse(redirectUri, "invalid_scope", "The scope parameter is required.", state);
        }
        Optional<String> invalid =
                scopes.stream().filter(scope -> !app.scopes().contains(scope)).findFirst();
        if (invalid.isPresent()) {
            return refuse(
                    redirectUri,
                    "invalid_scope",
                    "The scope " + invalid.get() + " is unknown or not enabled for this app.",
                    state);
        }
        if (state.isEmpty()) {
            return refuse(redirectUri, "invalid_request", "The state parameter is required.", state);
        }
        return new AuthorizationCheck.Valid(new AuthorizationRequest(
                app,
                redirectUri,
                scopes,
                state.get(),
                query.nonBlank("code_challenge").orElse(null)));
    }

    private static AuthorizationCheck refuse(
            String redirectUri, String error, String description, Optional<String> state) {
        return new AuthorizationCheck.Refused(Redirects.error(redirectUri, error, description, state.orElse(null)));
    }
}
