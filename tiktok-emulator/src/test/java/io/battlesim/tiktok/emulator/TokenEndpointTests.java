package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.BASE64URL_CHALLENGE;
import static io.battlesim.tiktok.emulator.EmulatorHarness.DESKTOP;
import static io.battlesim.tiktok.emulator.EmulatorHarness.HEX_CHALLENGE;
import static io.battlesim.tiktok.emulator.EmulatorHarness.RFC;
import static io.battlesim.tiktok.emulator.EmulatorHarness.VERIFIER;
import static io.battlesim.tiktok.emulator.EmulatorHarness.WEB;
import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TokenEndpointTests {

    private static final String LOG_ID = "\\d{14}[0-9A-F]{18}";

    private EmulatorHarness harness = EmulatorHarness.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    private static void assertOAuthError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("error").asString()).isEqualTo(error);
        assertThat(body.get("error_description").asString()).isNotBlank();
        assertThat(body.get("log_id").asString()).matches(LOG_ID);
        assertThat(response.headers().firstValue("x-tt-logid"))
                .hasValue(body.get("log_id").asString());
    }

    @Nested
    class AuthorizationCodeGrant {

        @Test
        void answersWithTikToksFlatTokenResponse() {
            HttpResponse<String> response =
                    harness.exchange(WEB, harness.code(WEB, ALL_SCOPES, null, "ava.sparks"), null);

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.propertyNames())
                    .containsExactly(
                            "access_token",
                            "expires_in",
                            "open_id",
                            "refresh_token",
                            "refresh_expires_in",
                            "scope",
                            "token_type");
            assertThat(body.get("access_token").asString()).startsWith("act.");
            assertThat(body.get("refresh_token").asString()).startsWith("rft.");
            assertThat(body.get("expires_in").asLong()).isEqualTo(86_400);
            assertThat(body.get("refresh_expires_in").asLong()).isEqualTo(31_536_000);
            assertThat(body.get("scope").asString()).isEqualTo(ALL_SCOPES);
            assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
            assertThat(body.get("open_id").asString())
                    .isEqualTo(
                            harness.emulator.account("ava.sparks").orElseThrow().openId());
        }

        @Test
        void issuesCodesThatNeedUrlEncodingInTheCallback() {
            String code = harness.code(WEB, ALL_SCOPES, null, "ava.sparks");

            assertThat(code).contains("*", "!");
        }

        @Test
        void acceptsACodeOnlyOnceAndRevokesTheTokensOnReplay() {
            String code = harness.code(WEB, ALL_SCOPES, null, "ava.sparks");
            String accessToken =
                    json(harness.exchange(WEB, code, null)).get("access_token").asString();

            HttpResponse<String> replay = harness.exchange(WEB, code, null);

            assertOAuthError(replay, 400, "invalid_grant");
            assertThat(harness.userInfo(accessToken, "open_id").statusCode()).isEqualTo(401);
        }

        @Test
        void refusesACodeOnceItsLifetimeIsOver() {
            String code = harness.code(WEB, ALL_SCOPES, null, "ava.sparks");
            harness.clock.advance(Duration.ofMinutes(10));

            assertOAuthError(harness.exchange(WEB, code, null), 400, "invalid_grant");
        }

        @Test
        void acceptsACodeJustBeforeItExpires() {
            String code = harness.code(WEB, ALL_SCOPES, null, "ava.sparks");
            harness.clock.advance(Duration.ofMinutes(10).minusSeconds(1));

            assertThat(harness.exchange(WEB, code, null).statusCode()).isEqualTo(200);
        }

        @Test
        void refusesARedirectUriOtherThanTheOneUsedAtAuthorize() {
            Map<String, String> form = EmulatorHarness.clientForm(WEB);
            form.putAll(EmulatorHarness.form(
                    "grant_type",
                    "authorization_code",
                    "code",
                    harness.code(WEB, ALL_SCOPES, null, "ava.sparks"),
                    "redirect_uri",
                    "https://app.example.com/auth/callback"));

            assertOAuthError(harness.postForm("/v2/oauth/token/", form), 400, "invalid_grant");
        }

        @Test
        void refusesACodeIssuedToAnotherClient() {
            String code = harness.code(WEB, "user.info.basic", null, "ava.sparks");
            Map<String, String> form = EmulatorHarness.clientForm(RFC);
            form.putAll(EmulatorHarness.form(
                    "grant_type",
                    "authorization_code",
                    "code",
                    code,
                    "redirect_uri",
                    WEB.redirectUris().get(0)));

            assertOAuthError(harness.postForm("/v2/oauth/token/", form), 400, "invalid_grant");
        }
    }

    @Nested
    class ClientAuthentication {

        @Test
        void refusesAWrongSecretWith401InvalidClient() {
            Map<String, String> form = EmulatorHarness.form(
                    "client_key", WEB.clientKey(), "client_secret", "nope", "grant_type", "client_credentials");

            assertOAuthError(harness.postForm("/v2/oauth/token/", form), 401, "invalid_client");
        }

        @Test
        void refusesHttpBasicAndSaysToUseFormFields() {
            String basic = Base64.getEncoder().encodeToString((WEB.clientKey() + ":" + WEB.clientSecret()).getBytes());
            HttpResponse<String> response = harness.postForm(
                    "/v2/oauth/token/",
                    EmulatorHarness.form("grant_type", "client_credentials"),
                    "Authorization",
                    "Basic " + basic);

            assertOAuthError(response, 401, "invalid_client");
            assertThat(json(response).get("error_description").asString()).contains("form fields");
        }

        @Test
        void neverEchoesTheSecretInAnError() {
            Map<String, String> form = EmulatorHarness.form(
                    "client_key",
                    WEB.clientKey(),
                    "client_secret",
                    "almost-" + WEB.clientSecret(),
                    "grant_type",
                    "client_credentials");

            assertThat(harness.postForm("/v2/oauth/token/", form).body()).doesNotContain(WEB.clientSecret());
        }
    }

    @Nested
    class RequestFormat {

        @Test
        void refusesJsonBodiesWithInvalidRequest() {
            HttpResponse<String> response = harness.post(
                    "/v2/oauth/token/",
                    "application/json",
                    "{\"client_key\":\"sbawtestweb\",\"grant_type\":\"client_credentials\"}");

            assertOAuthError(response, 400, "invalid_request");
        }

        @Test
        void refusesUnknownGrantTypes() {
            Map<String, String> form = EmulatorHarness.clientForm(WEB);
            form.put("grant_type", "password");

            assertOAuthError(harness.postForm("/v2/oauth/token/", form), 400, "unsupported_grant_type");
        }

        @Test
        void refusesAMissingGrantType() {
            assertOAuthError(
                    harness.postForm("/v2/oauth/token/", EmulatorHarness.clientForm(WEB)), 400, "invalid_request");
        }
    }

    @Nested
    class Pkce {

        private static final String PKCE_MESSAGE = "Code verifier or code challenge is invalid.";

        @Test
        void acceptsTikToksHexChallengeForAHexApp() {
            String code = harness.code(DESKTOP, "user.info.basic", HEX_CHALLENGE, "leo.beats");

            assertThat(harness.exchange(DESKTOP, code, VERIFIER).statusCode()).isEqualTo(200);
        }

        @Test
        void acceptsTheRfc7636ChallengeForABase64UrlApp() {
            String code = harness.code(RFC, "user.info.basic", BASE64URL_CHALLENGE, "leo.beats");

            assertThat(harness.exchange(RFC, code, VERIFIER).statusCode()).isEqualTo(200);
        }

        @Test
        void acceptsBothEncodingsForALenientApp() {
            String hexCode = harness.code(WEB, "user.info.basic", HEX_CHALLENGE, "leo.beats");
            String base64Code = harness.code(WEB, "user.info.basic", BASE64URL_CHALLENGE, "leo.beats");

            assertThat(harness.exchange(WEB, hexCode, VERIFIER).statusCode()).isEqualTo(200);
            assertThat(harness.exchange(WEB, base64Code, VERIFIER).statusCode()).isEqualTo(200);
        }

        @Test
        void refusesAWrongVerifierWithTikToksMessage() {
            String code = harness.code(DESKTOP, "user.info.basic", HEX_CHALLENGE, "leo.beats");

            HttpResponse<String> response = harness.exchange(DESKTOP, code, VERIFIER.replace('g', 'h'));

            assertOAuthError(response, 400, "invalid_request");
            assertThat(json(response).get("error_description").asString()).isEqualTo(PKCE_MESSAGE);
        }

        @Test
        void refusesAMissingVerifierWhenAChallengeWasSent() {
            String code = harness.code(WEB, "user.info.basic", HEX_CHALLENGE, "leo.beats");

            HttpResponse<String> response = harness.exchange(WEB, code, null);

            assertThat(json(response).get("error_description").asString()).isEqualTo(PKCE_MESSAGE);
        }

        @Test
        void refusesAVerifierShorterThan43Characters() {
            String shortVerifier = "abc";
            String hex = hexSha256(shortVerifier);
            String code = harness.code(DESKTOP, "user.info.basic", hex, "leo.beats");

            assertThat(json(harness.exchange(DESKTOP, code, shortVerifier))
                            .get("error_description")
                            .asString())
                    .isEqualTo(PKCE_MESSAGE);
        }
    }

    private static String hexSha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class RefreshGrant {

        @Test
        void rotatesTheRefreshTokenAndRetiresTheOldOne() {
            JsonNode first = harness.login(ALL_SCOPES);
            String oldRefresh = first.get("refresh_token").asString();

            JsonNode refreshed = json(harness.refresh(WEB, oldRefresh));

            assertThat(refreshed.get("access_token").asString())
                    .startsWith("act.")
                    .isNotEqualTo(first.get("access_token").asString());
            assertThat(refreshed.get("refresh_token").asString())
                    .startsWith("rft.")
                    .isNotEqualTo(oldRefresh);
            assertThat(refreshed.get("scope").asString()).isEqualTo(ALL_SCOPES);
            assertOAuthError(harness.refresh(WEB, oldRefresh), 400, "invalid_grant");
            assertThat(harness.refresh(WEB, refreshed.get("refresh_token").asString())
                            .statusCode())
                    .isEqualTo(200);
        }

        @Test
        void keepsTheRefreshTokenWhenRotationIsOff() {
            harness.close();
            harness = EmulatorHarness.start(builder -> builder.rotateRefreshTokens(false));
            String refresh = harness.login(ALL_SCOPES).get("refresh_token").asString();

            JsonNode once = json(harness.refresh(WEB, refresh));
            JsonNode twice = json(harness.refresh(WEB, refresh));

            assertThat(once.get("refresh_token").asString()).isEqualTo(refresh);
            assertThat(twice.get("refresh_token").asString()).isEqualTo(refresh);
        }

        @Test
        void reportsTheRemainingLifetimes() {
            String refresh = harness.login(ALL_SCOPES).get("refresh_token").asString();
            harness.clock.advance(Duration.ofDays(10));

            JsonNode refreshed = json(harness.refresh(WEB, refresh));

            assertThat(refreshed.get("expires_in").asLong()).isEqualTo(86_400);
            assertThat(refreshed.get("refresh_expires_in").asLong())
                    .isEqualTo(Duration.ofDays(355).toSeconds());
        }

        @Test
        void refusesAnExpiredRefreshToken() {
            String refresh = harness.login(ALL_SCOPES).get("refresh_token").asString();
            harness.clock.advance(Duration.ofDays(365));

            assertOAuthError(harness.refresh(WEB, refresh), 400, "invalid_grant");
        }

        @Test
        void refusesARefreshTokenOfAnotherClient() {
            String refresh = harness.login(ALL_SCOPES).get("refresh_token").asString();

            assertOAuthError(harness.refresh(RFC, refresh), 400, "invalid_grant");
        }

        @Test
        void refusesAnAccessTokenAsRefreshToken() {
            String access = harness.login(ALL_SCOPES).get("access_token").asString();

            assertOAuthError(harness.refresh(WEB, access), 400, "invalid_grant");
        }
    }

    @Nested
    class Lifetimes {

        @Test
        void followTheBuilder() {
            harness.close();
            harness = EmulatorHarness.start(
                    builder -> builder.accessTokenTtl(Duration.ofHours(2)).refreshTokenTtl(Duration.ofDays(180)));

            JsonNode tokens = harness.login(ALL_SCOPES);

            assertThat(tokens.get("expires_in").asLong()).isEqualTo(7_200);
            assertThat(tokens.get("refresh_expires_in").asLong()).isEqualTo(15_552_000);
        }

        @Test
        void endTheAccessTokenOnTheEmulatorClock() {
            harness.close();
            harness = EmulatorHarness.start(builder -> builder.accessTokenTtl(Duration.ofHours(2)));
            String access = harness.login(ALL_SCOPES).get("access_token").asString();

            harness.clock.advance(Duration.ofHours(2).minusSeconds(1));
            int beforeExpiry = harness.userInfo(access, "open_id").statusCode();
            harness.clock.advance(Duration.ofSeconds(1));
            HttpResponse<String> afterExpiry = harness.userInfo(access, "open_id");

            assertThat(beforeExpiry).isEqualTo(200);
            assertThat(afterExpiry.statusCode()).isEqualTo(401);
            assertThat(json(afterExpiry).at("/error/code").asString()).isEqualTo("access_token_invalid");
        }

        @Test
        void applyToAuthorizationCodes() {
            harness.close();
            harness = EmulatorHarness.start(builder -> builder.authorizationCodeTtl(Duration.ofSeconds(30)));
            String code = harness.code(WEB, ALL_SCOPES, null, "ava.sparks");
            harness.clock.advance(Duration.ofSeconds(30));

            assertOAuthError(harness.exchange(WEB, code, null), 400, "invalid_grant");
        }
    }

    @Nested
    class ClientCredentialsGrant {

        @Test
        void issuesATwoHourClientTokenWithoutRefreshToken() {
            Map<String, String> form = EmulatorHarness.clientForm(WEB);
            form.put("grant_type", "client_credentials");

            JsonNode body = json(harness.postForm("/v2/oauth/token/", form));

            assertThat(body.propertyNames()).containsExactly("access_token", "expires_in", "token_type");
            assertThat(body.get("access_token").asString()).startsWith("clt.");
            assertThat(body.get("expires_in").asLong()).isEqualTo(7_200);
        }

        @Test
        void cannotReadUserInfo() {
            Map<String, String> form = EmulatorHarness.clientForm(WEB);
            form.put("grant_type", "client_credentials");
            String token = json(harness.postForm("/v2/oauth/token/", form))
                    .get("access_token")
                    .asString();

            HttpResponse<String> response = harness.userInfo(token, "open_id");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("scope_not_authorized");
        }
    }
}
