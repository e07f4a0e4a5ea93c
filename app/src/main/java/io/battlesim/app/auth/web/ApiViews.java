package io.battlesim.app.auth.web;

import io.battlesim.app.auth.SignedInUser;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of the auth API. */
final class ApiViews {

    private ApiViews() {}

    @Schema(description = "Where to send the user to sign in with TikTok")
    record AuthorizationUrlResponse(
            @Schema(description = "TikTok's consent page URL with state and PKCE challenge")
            String authorizationUrl,

            @Schema(description = "The state TikTok will echo back to the callback")
            String state) {}

    @Schema(description = "The signed-in TikTok user")
    record UserView(
            @Schema(description = "TikTok open_id for this app")
            String openId,

            @Schema(description = "TikTok display name (untrusted text)")
            String displayName,

            @Schema(description = "Avatar image URL", nullable = true) @Nullable
            String avatarUrl,

            @Schema(description = "TikTok username, when user.info.profile was granted", nullable = true) @Nullable
            String username) {

        static UserView of(SignedInUser user) {
            return new UserView(user.openId(), user.displayName(), user.avatarUrl(), user.username());
        }
    }

    @Schema(description = "Whether a user is signed in, and the state of their TikTok connection")
    record AuthStatus(
            boolean signedIn,
            @Schema(nullable = true) @Nullable UserView user,

            @Schema(description = "When the stored TikTok access token expires", nullable = true) @Nullable
            Instant tokenExpiresAt,

            @Schema(description = "Scopes the user granted") List<String> scopes,

            @Schema(description = "TikTok connection: ACTIVE, EXPIRED (sign in again) or DISCONNECTED", nullable = true)
            @Nullable
            String connection) {

        static AuthStatus signedOut() {
            return new AuthStatus(false, null, null, List.of(), null);
        }
    }

    @Schema(description = "A code from TikTok's mobile Login Kit and the app's PKCE verifier")
    record MobileTokenRequest(
            @Schema(description = "The authorization code TikTok returned to the app") @NotBlank @Size(max = 2048)
            String code,

            @Schema(description = "The PKCE code_verifier whose challenge the app sent") @NotBlank @Size(max = 128)
            String codeVerifier,

            @Schema(description = "The redirect URI the app used, byte for byte") @NotBlank @Size(max = 512)
            String redirectUri,

            @Schema(description = "First sign-in only: the user confirmed they are 13 or older", nullable = true)
            @Nullable
            Boolean ageConfirmed,

            @Schema(
                    description = "First sign-in only: the user accepted the data use in the privacy notice",
                    nullable = true)
            @Nullable
            Boolean consentAccepted) {

        @Override
        public String toString() {
            return "MobileTokenRequest[redirectUri=" + redirectUri + "]";
        }
    }

    @Schema(description = "An app session for a native app; send the token as Authorization: Bearer")
    record MobileSessionResponse(
            @Schema(description = "Bearer token, shown once")
            String sessionToken,

            @Schema(description = "When the session ends") Instant expiresAt,
            UserView user) {

        @Override
        public String toString() {
            return "MobileSessionResponse[expiresAt=" + expiresAt + ", user=" + user + "]";
        }
    }
}
