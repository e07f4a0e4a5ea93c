package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.battlesim.tiktok.emulator.SandboxAccount;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The OAuth half of the SDK against the real offline emulator. */
class OAuthContractTests {

    private final EmulatorFixture tiktok = EmulatorFixture.start();
    private final TikTokClient client = tiktok.client();

    @AfterEach
    void stopEmulator() {
        tiktok.close();
    }

    private static void assertOAuthError(TikTokApiException e, String code) {
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.isOAuthError()).isTrue();
        assertThat(e.retryable()).isFalse();
        assertThat(e.logId()).isNotBlank();
    }

    @Nested
    class AuthorizationCodeGrant {

        @Test
        void exchangesAnApprovedCodeForTheUsersTokens() {
            SandboxAccount ava = tiktok.account("ava.sparks");

            TokenSet tokens = tiktok.signIn("ava.sparks");

            assertThat(tokens.openId()).isEqualTo(ava.openId());
            assertThat(tokens.accessToken()).startsWith("act.");
            assertThat(tokens.refreshToken()).startsWith("rft.");
            assertThat(tokens.scopes()).containsExactlyInAnyOrderElementsOf(EmulatorFixture.APP_SCOPES);
            assertThat(tokens.tokenType()).isEqualTo("Bearer");
        }

        @Test
        void computesLifetimesFromTheAnswerOnTheSharedClock() {
            TokenSet tokens = tiktok.signIn("ava.sparks");

            assertThat(tokens.accessTokenExpiresAt()).isEqualTo(TestClock.START.plus(Duration.ofHours(24)));
            assertThat(tokens.refreshTokenExpiresAt()).isEqualTo(TestClock.START.plus(Duration.ofDays(365)));
        }

        @Test
        void grantsOnlyTheRequestedScopes() {
            TokenSet tokens = tiktok.signIn("leo.beats", Set.of("user.info.basic"));

            assertThat(tokens.scopes()).containsExactly("user.info.basic");
        }

        @Test
        void rejectsAVerifierThatDoesNotMatchTheChallenge() {
            String code = tiktok.approve("ava.sparks", EmulatorFixture.APP_SCOPES, Pkce.generate(PkceEncoding.HEX));
            String otherVerifier = Pkce.generate(PkceEncoding.HEX).verifier();

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI, otherVerifier))
                    .satisfies(e -> assertOAuthError(e, "invalid_request"));
        }

        @Test
        void rejectsAMissingVerifier() {
            String code = tiktok.approve("ava.sparks", EmulatorFixture.APP_SCOPES, Pkce.generate(PkceEncoding.HEX));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI, null))
                    .satisfies(e -> assertOAuthError(e, "invalid_request"));
        }

        @Test
        void rejectsAnExpiredCode() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = tiktok.approve("ava.sparks", EmulatorFixture.APP_SCOPES, pkce);

            tiktok.clock().advance(Duration.ofMinutes(11));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI, pkce.verifier()))
                    .satisfies(e -> assertOAuthError(e, "invalid_grant"));
        }

        @Test
        void rejectsACodeThatWasAlreadyRedeemed() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = tiktok.approve("ava.sparks", EmulatorFixture.APP_SCOPES, pkce);
            client.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI, pkce.verifier());

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI, pkce.verifier()))
                    .satisfies(e -> assertOAuthError(e, "invalid_grant"));
        }

        @Test
        void revokesTheFirstTokensWhenACodeIsReplayed() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = tiktok.approve("ava.sparks", EmulatorFixture.APP_SCOPES, pkce);
            TokenSet first = client.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI, pkce.verifier());

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI, pkce.verifier()));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.display().userInfo(first.accessToken(), Set.of(UserField.OPEN_ID)))
                    .satisfies(e -> assertThat(e.isAccessTokenInvalid()).isTrue());
        }

        @Test
        void rejectsAnotherRedirectUriThanTheAuthorizedOne() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = tiktok.approve("ava.sparks", EmulatorFixture.APP_SCOPES, pkce);

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() ->
                            client.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI + "/", pkce.verifier()))
                    .satisfies(e -> assertThat(e.isOAuthError()).isTrue());
        }

        @Test
        void rejectsAWrongClientSecretWithoutRevealingIt() {
            TikTokClient impostor =
                    client.newBuilder().clientSecret("wrong-secret-value-123").build();
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = tiktok.approve("ava.sparks", EmulatorFixture.APP_SCOPES, pkce);

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(
                            () -> impostor.oauth().exchangeCode(code, EmulatorFixture.REDIRECT_URI, pkce.verifier()))
                    .satisfies(e -> {
                        assertOAuthError(e, "invalid_client");
                        assertThat(e.getMessage()).doesNotContain("wrong-secret-value-123");
                    });
        }
    }

    @Nested
    class RefreshTokenGrant {

        @Test
        void returnsFreshTokensWithARotatedRefreshToken() {
            TokenSet original = tiktok.signIn("ava.sparks");
            tiktok.clock().advance(Duration.ofHours(1));

            TokenSet refreshed = client.oauth().refresh(original.refreshToken());

            assertThat(refreshed.openId()).isEqualTo(original.openId());
            assertThat(refreshed.accessToken()).isNotEqualTo(original.accessToken());
            assertThat(refreshed.refreshToken()).isNotEqualTo(original.refreshToken());
            assertThat(refreshed.accessTokenExpiresAt())
                    .isEqualTo(tiktok.clock().instant().plus(Duration.ofHours(24)));
        }

        @Test
        void refusesTheOldRefreshTokenAfterRotation() {
            TokenSet original = tiktok.signIn("ava.sparks");
            client.oauth().refresh(original.refreshToken());

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().refresh(original.refreshToken()))
                    .satisfies(e -> {
                        assertOAuthError(e, "invalid_grant");
                        assertThat(e.getMessage()).doesNotContain(original.refreshToken());
                    });
        }

        @Test
        void refusesAnExpiredRefreshToken() {
            TokenSet original = tiktok.signIn("ava.sparks");

            tiktok.clock().advance(Duration.ofDays(366));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().refresh(original.refreshToken()))
                    .satisfies(e -> assertOAuthError(e, "invalid_grant"));
        }
    }

    @Nested
    class ClientCredentialsGrant {

        @Test
        void issuesATwoHourClientToken() {
            ClientToken token = client.oauth().clientToken();

            assertThat(token.accessToken()).startsWith("clt.");
            assertThat(token.expiresAt()).isEqualTo(TestClock.START.plus(Duration.ofHours(2)));
            assertThat(token.toString()).doesNotContain(token.accessToken());
        }

        @Test
        void rejectsAWrongClientSecret() {
            TikTokClient impostor =
                    client.newBuilder().clientSecret("wrong-secret-value-123").build();

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> impostor.oauth().clientToken())
                    .satisfies(e -> assertOAuthError(e, "invalid_client"));
        }
    }

    @Nested
    class Revocation {

        @Test
        void revokedAccessTokenIsRefusedByUserInfo() {
            TokenSet tokens = tiktok.signIn("ava.sparks");

            client.oauth().revoke(tokens.accessToken());

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.display().userInfo(tokens.accessToken(), Set.of(UserField.OPEN_ID)))
                    .satisfies(e -> {
                        assertThat(e.isAccessTokenInvalid()).isTrue();
                        assertThat(e.httpStatus()).isEqualTo(401);
                        assertThat(e.isOAuthError()).isFalse();
                        assertThat(e.retryable()).isFalse();
                    });
        }

        @Test
        void expiredAccessTokenIsRefusedByUserInfo() {
            TokenSet tokens = tiktok.signIn("ava.sparks");

            tiktok.clock().advance(Duration.ofHours(24).plusSeconds(1));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.display().userInfo(tokens.accessToken(), Set.of(UserField.OPEN_ID)))
                    .satisfies(e -> assertThat(e.isAccessTokenInvalid()).isTrue());
        }
    }
}
