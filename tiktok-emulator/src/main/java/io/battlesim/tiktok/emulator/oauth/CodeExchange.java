package io.battlesim.tiktok.emulator.oauth;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.http.Exchange;
import io.battlesim.tiktok.emulator.http.FormData;
import io.battlesim.tiktok.emulator.http.OAuthError;
import java.util.Optional;

/** The {@code authorization_code} grant: one-time code, exact redirect_uri, PKCE in the app's encoding. */
final class CodeExchange {

    static final String PKCE_INVALID = "Code verifier or code challenge is invalid.";

    private final AuthorizationCodes codes;
    private final IssuedTokens tokens;

    CodeExchange(AuthorizationCodes codes, IssuedTokens tokens) {
        this.codes = codes;
        this.tokens = tokens;
    }

    EmulatorResponse exchange(RegisteredApp app, FormData form, Exchange exchange) {
        Optional<String> code = form.nonBlank("code");
        Optional<String> redirectUri = form.nonBlank("redirect_uri");
        if (code.isEmpty() || redirectUri.isEmpty()) {
            String missing = code.isEmpty() ? "code" : "redirect_uri";
            return TokenEndpoint.invalidRequest("Missing required parameter: " + missing + ".", exchange);
        }
        return switch (codes.redeem(code.get(), app.clientKey(), exchange.now())) {
            case CodeRedemption.Redeemed redeemed -> issue(redeemed.grant(), redirectUri.get(), form, exchange);
            case CodeRedemption.Unknown unknown ->
                invalidGrant("Authorization code is invalid or was not issued to this client.", exchange);
            case CodeRedemption.Expired expired -> invalidGrant("Authorization code is expired.", exchange);
            case CodeRedemption.Replayed replayed -> replay(replayed.grantId(), exchange);
        };
    }

    private EmulatorResponse issue(CodeGrant grant, String redirectUri, FormData form, Exchange exchange) {
        if (!grant.redirectUri().equals(redirectUri)) {
            return invalidGrant("The redirect_uri does not match the one used in the authorization request.", exchange);
        }
        String challenge = grant.codeChallenge();
        if (challenge != null
                && !Pkce.verifies(form.first("code_verifier").orElse(null), challenge, grant.pkceMode())) {
            return TokenEndpoint.invalidRequest(PKCE_INVALID, exchange);
        }
        var issued = tokens.issue(grant.clientKey(), grant.openId(), grant.scopes(), grant.grantId(), exchange.now());
        return TokenResponses.user(issued, exchange.now());
    }

    private EmulatorResponse replay(String grantId, Exchange exchange) {
        tokens.revokeGrant(grantId);
        return invalidGrant(
                "Authorization code has already been used; the tokens issued for it are revoked.", exchange);
    }

    private static EmulatorResponse invalidGrant(String description, Exchange exchange) {
        return OAuthError.of(400, "invalid_grant", description, exchange.logId());
    }
}
