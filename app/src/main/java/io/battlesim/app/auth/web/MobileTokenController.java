package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.AccountManagement;
import io.battlesim.app.auth.account.AppUser;
import io.battlesim.app.auth.account.ConsentAnswers;
import io.battlesim.app.auth.session.ApiSessions;
import io.battlesim.app.auth.session.IssuedSession;
import io.battlesim.app.auth.web.ApiViews.MobileSessionResponse;
import io.battlesim.app.auth.web.ApiViews.MobileTokenRequest;
import io.battlesim.app.auth.web.ApiViews.UserView;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TokenSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Token exchange for native apps that used TikTok's mobile Login Kit: the server holds the client secret,
 * exchanges the code with the app's PKCE verifier and hands back an app session.
 */
@RestController
@Tag(name = "Authentication")
class MobileTokenController {

    private final TikTokClient client;
    private final AccountManagement accounts;
    private final ApiSessions sessions;

    MobileTokenController(TikTokClient client, AccountManagement accounts, ApiSessions sessions) {
        this.client = client;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @PostMapping(
            path = "/api/auth/mobile/token",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Exchange a mobile Login Kit code for an app session",
            description = "A returning user needs only code, codeVerifier and redirectUri. A first-time user must"
                    + " also send ageConfirmed=true and consentAccepted=true, else 403 consent-required and nothing"
                    + " is stored. Send the returned sessionToken as Authorization: Bearer on /api/** calls.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Signed in"),
                @ApiResponse(
                        responseCode = "400",
                        description = "TikTok refused the code or the PKCE verifier (tiktokError says which)",
                        content =
                                @Content(
                                        mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                @ApiResponse(
                        responseCode = "403",
                        description = "First sign-in without consent (type /problems/consent-required)",
                        content =
                                @Content(
                                        mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class)))
            })
    ResponseEntity<MobileSessionResponse> exchange(@Valid @RequestBody MobileTokenRequest body) {
        TokenSet tokens = client.oauth().exchangeCode(body.code(), body.redirectUri(), body.codeVerifier());
        var answers = new ConsentAnswers(
                Boolean.TRUE.equals(body.ageConfirmed()), Boolean.TRUE.equals(body.consentAccepted()));
        AppUser user = accounts.signInWithConsent(tokens, answers);
        IssuedSession session = sessions.issue(user.id());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new MobileSessionResponse(
                        session.token(), session.expiresAt(), UserView.of(user.toSignedInUser())));
    }
}
