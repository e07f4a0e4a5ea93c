package io.battlesim.app.auth.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.auth.account.AccountManagement;
import io.battlesim.app.auth.token.RefreshOutcome;
import io.battlesim.app.auth.token.StoredTokens;
import io.battlesim.app.auth.token.TokenOwner;
import io.battlesim.app.auth.token.TokenRefresher;
import io.battlesim.app.auth.token.TokenVault;
import io.battlesim.app.auth.web.ApiViews.AuthStatus;
import io.battlesim.app.auth.web.ApiViews.AuthorizationUrlResponse;
import io.battlesim.app.auth.web.ApiViews.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON face of sign-in for single-page and native apps. */
@RestController
@RequestMapping(path = "/api/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication", description = "Sign in with TikTok, session status, token refresh, disconnect")
class AuthApiController {

    private final AuthorizationAttempts attempts;
    private final AccountManagement accounts;
    private final TokenVault vault;
    private final TokenRefresher refresher;
    private final SessionSignIn sessionSignIn;

    AuthApiController(
            AuthorizationAttempts attempts,
            AccountManagement accounts,
            TokenVault vault,
            TokenRefresher refresher,
            SessionSignIn sessionSignIn) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.vault = vault;
        this.refresher = refresher;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/url")
    @Operation(
            summary = "Start a sign-in",
            description = "Creates a state and a PKCE verifier, keeps them in the HTTP session (cookie) and returns"
                    + " TikTok's consent page URL. Send the browser there; TikTok returns to /auth/tiktok/callback.")
    AuthorizationUrlResponse authorizationUrl(
            HttpServletRequest request, @Parameter(hidden = true) @Nullable CsrfToken csrf) {
        issueCsrfCookie(csrf);
        StartedAuthorization started = attempts.start(request.getSession(true));
        return new AuthorizationUrlResponse(started.authorizationUrl().toString(), started.state());
    }

    @GetMapping("/status")
    @Operation(
            summary = "Who is signed in",
            description = "Works signed out too (signedIn=false). Also sets the XSRF-TOKEN cookie whose value a"
                    + " browser app sends as X-XSRF-TOKEN on POST calls.",
            security = @SecurityRequirement(name = "appSession"))
    AuthStatus status(
            @AuthenticationPrincipal @Nullable SignedInUser user, @Parameter(hidden = true) @Nullable CsrfToken csrf) {
        issueCsrfCookie(csrf);
        return user == null ? AuthStatus.signedOut() : statusOf(user);
    }

    @PostMapping("/refresh")
    @Operation(
            summary = "Refresh the TikTok access token now",
            security = @SecurityRequirement(name = "appSession"),
            responses = {
                @ApiResponse(responseCode = "200", description = "Refreshed; the new status"),
                @ApiResponse(
                        responseCode = "409",
                        description = "No TikTok connection, or TikTok refused the refresh token (sign in again)",
                        content =
                                @Content(
                                        mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                @ApiResponse(responseCode = "502", description = "TikTok could not be reached")
            })
    AuthStatus refresh(@AuthenticationPrincipal SignedInUser user) {
        return switch (refresher.refresh(new TokenOwner(user.id(), user.openId()))) {
            case RefreshOutcome.Refreshed refreshed -> statusOf(user);
            case RefreshOutcome.Refused refused ->
                throw AuthProblem.tiktok(
                        HttpStatus.CONFLICT,
                        "tiktok-connection-expired",
                        "TikTok connection expired",
                        "TikTok refused the refresh token; sign in with TikTok again.",
                        refused.errorCode(),
                        refused.logId());
            case RefreshOutcome.Failed failed ->
                throw AuthProblem.of(
                        HttpStatus.BAD_GATEWAY,
                        "tiktok-unavailable",
                        "TikTok is unavailable",
                        "The token could not be refreshed now. Try again later.");
            case RefreshOutcome.NotConnected notConnected ->
                throw AuthProblem.of(
                        HttpStatus.CONFLICT,
                        "tiktok-not-connected",
                        "TikTok not connected",
                        "No TikTok connection is stored for this user; sign in with TikTok again.");
        };
    }

    @PostMapping("/disconnect")
    @Operation(
            summary = "Disconnect TikTok and sign out",
            description = "Revokes the TikTok token (best effort), deletes the stored tokens, ends every app"
                    + " session of the user and the browser session.",
            security = @SecurityRequirement(name = "appSession"),
            responses = @ApiResponse(responseCode = "204", description = "Disconnected"))
    ResponseEntity<Void> disconnect(
            @AuthenticationPrincipal SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        accounts.disconnect(user.id());
        sessionSignIn.signOut(request, response);
        return ResponseEntity.noContent().build();
    }

    /** Loading the token makes the cookie repository send the XSRF-TOKEN cookie a single-page app needs. */
    private static void issueCsrfCookie(@Nullable CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken();
        }
    }

    private AuthStatus statusOf(SignedInUser user) {
        Optional<StoredTokens> stored = vault.find(user.id(), user.openId());
        return new AuthStatus(
                true,
                UserView.of(user),
                stored.map(tokens -> tokens.tokens().accessTokenExpiresAt()).orElse(null),
                stored.map(tokens -> List.copyOf(tokens.tokens().scopes())).orElse(List.of()),
                stored.map(tokens -> tokens.status().name()).orElse("DISCONNECTED"));
    }
}
