package io.battlesim.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.token.TokenVault;
import io.battlesim.app.tiktok.TikTokSettings;
import io.battlesim.tiktok.client.AuthorizationRequest;
import io.battlesim.tiktok.client.Pkce;
import io.battlesim.tiktok.client.PkceEncoding;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.TokenSet;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON auth API and the mobile token exchange over HTTP. */
class AuthApiIntegrationTests extends AuthIntegrationTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TokenVault vault;

    @Autowired
    TikTokClient client;

    @Autowired
    TikTokSettings settings;

    @Nested
    class WithABrowserSession {

        @Test
        void startsASignInThatTheCallbackAccepts() {
            var browser = newBrowser();

            JsonNode started = json(browser.get("/api/auth/url"));

            URI authorize = URI.create(started.get("authorizationUrl").asString());
            assertThat(queryParam(authorize, "state"))
                    .isEqualTo(started.get("state").asString());
            HttpResponse<String> callback =
                    browser.get(emulator.approve(authorize, "ava.sparks").toString());
            assertThat(TestBrowser.location(callback).getPath()).isEqualTo("/auth/consent");
        }

        @Test
        void reportsSignedOut() {
            JsonNode status = json(newBrowser().get("/api/auth/status"));

            assertThat(status.get("signedIn").asBoolean()).isFalse();
            assertThat(status.get("user").isNull()).isTrue();
        }

        @Test
        void reportsTheSignedInUserAndTheirTokens() {
            var browser = newBrowser();
            signUp(browser, "leo.beats");

            JsonNode status = json(browser.get("/api/auth/status"));

            assertThat(status.get("signedIn").asBoolean()).isTrue();
            assertThat(status.get("user").get("openId").asString()).isEqualTo(openIdOf("leo.beats"));
            assertThat(status.get("user").get("displayName").asString()).isEqualTo("Leo Beats");
            assertThat(status.get("user").get("username").asString()).isEqualTo("leo.beats");
            assertThat(status.get("tokenExpiresAt").asString()).isNotBlank();
            assertThat(status.get("scopes").toString()).contains("user.info.basic", "user.info.profile");
            assertThat(status.get("connection").asString()).isEqualTo("ACTIVE");
            assertThat(status.toString())
                    .doesNotContain(storedTokens("leo.beats").accessToken());
        }

        @Test
        void refreshesNowAndStoresTheRotatedRefreshToken() {
            var browser = newBrowser();
            signUp(browser, "mia.moves");
            TokenSet before = storedTokens("mia.moves");
            browser.get("/api/auth/status");

            HttpResponse<String> answer = browser.postJson("/api/auth/refresh", "", browser.xsrfHeader());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(json(answer).get("signedIn").asBoolean()).isTrue();
            TokenSet after = storedTokens("mia.moves");
            assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
            assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
        }

        @Test
        void refusesAPostWithoutTheCsrfHeader() {
            var browser = newBrowser();
            signUp(browser, "mia.moves");

            HttpResponse<String> answer = browser.postJson("/api/auth/refresh", "", Map.of());

            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }

        @Test
        void disconnectsAndSignsOut() {
            var browser = newBrowser();
            signUp(browser, "noah.laughs");
            browser.get("/api/auth/status");

            HttpResponse<String> answer = browser.postJson("/api/auth/disconnect", "", browser.xsrfHeader());

            assertThat(answer.statusCode()).isEqualTo(204);
            assertThat(tokenRowCount()).isZero();
            assertThat(json(browser.get("/api/auth/status")).get("signedIn").asBoolean())
                    .isFalse();
        }

        @Test
        void answersARefreshOrDisconnectWithoutAnySessionWith401NotACsrfRefusal() { // GH-10
            for (String path : new String[] {"/api/auth/refresh", "/api/auth/disconnect"}) {
                HttpResponse<String> answer = newBrowser().postJson(path, "", Map.of());

                assertThat(answer.statusCode()).as(path).isEqualTo(401);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(json(answer).get("type").asString()).endsWith("/unauthenticated");
            }
        }

        @Test
        void answersUnauthenticatedApiCallsWith401ProblemJson() {
            HttpResponse<String> answer = newBrowser().get("/api/anything");

            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(answer).get("type").asString()).endsWith("/unauthenticated");
        }
    }

    @Nested
    class MobileTokenExchange {

        @Test
        void exchangesACodeForAnAppSessionThatAuthenticatesApiCalls() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = mobileLoginKitCode("zoe.paints", pkce);

            HttpResponse<String> answer =
                    exchange(code, pkce.verifier(), ", \"ageConfirmed\": true, \"consentAccepted\": true");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            JsonNode session = json(answer);
            String token = session.get("sessionToken").asString();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(session.get("expiresAt").asString()).isNotBlank();
            assertThat(session.get("user").get("openId").asString()).isEqualTo(openIdOf("zoe.paints"));
            assertThat(storedSessionHashes()).doesNotContain(token);

            JsonNode status = json(newBrowser().get("/api/auth/status", bearer(token)));
            assertThat(status.get("signedIn").asBoolean()).isTrue();
            assertThat(status.get("user").get("displayName").asString())
                    .isEqualTo(emulator.account("zoe.paints").orElseThrow().displayName());
            assertThat(status.get("connection").asString()).isEqualTo("ACTIVE");
        }

        @Test
        void needsConsentFromAFirstTimeUserAndStoresNothingWithoutIt() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = mobileLoginKitCode("luna.sings", pkce);

            HttpResponse<String> answer = exchange(code, pkce.verifier(), ", \"ageConfirmed\": true");

            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(answer).get("type").asString()).endsWith("/consent-required");
            assertThat(userCount()).isZero();
            assertThat(tokenRowCount()).isZero();
        }

        @Test
        void letsAReturningUserSignInWithoutRepeatingConsent() {
            signUp(newBrowser(), "omar.cooks");
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = mobileLoginKitCode("omar.cooks", pkce);

            HttpResponse<String> answer = exchange(code, pkce.verifier(), "");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(userCount()).isOne();
        }

        @Test
        void refusesAWrongVerifierWithTikToksErrorCode() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = mobileLoginKitCode("kai.games", pkce);
            String wrongVerifier = Pkce.generate(PkceEncoding.HEX).verifier();

            HttpResponse<String> answer =
                    exchange(code, wrongVerifier, ", \"ageConfirmed\": true, \"consentAccepted\": true");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json(answer);
            assertThat(problem.get("tiktokError").asString()).isEqualTo("invalid_request");
            assertThat(answer.body()).doesNotContain(code).doesNotContain(wrongVerifier);
            assertThat(userCount()).isZero();
        }

        @Test
        void refusesAReusedCode() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = mobileLoginKitCode("ava.sparks", pkce);
            String consent = ", \"ageConfirmed\": true, \"consentAccepted\": true";
            assertThat(exchange(code, pkce.verifier(), consent).statusCode()).isEqualTo(200);

            HttpResponse<String> answer = exchange(code, pkce.verifier(), consent);

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(json(answer).get("tiktokError").asString()).isEqualTo("invalid_grant");
        }

        @Test
        void refusesAnIncompleteBody() {
            HttpResponse<String> answer =
                    newBrowser().postJson("/api/auth/mobile/token", "{\"code\": \"x\"}", Map.of());

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("codeVerifier");
        }

        @Test
        void refusesAnUnknownBearerToken() {
            HttpResponse<String> answer = newBrowser().get("/api/auth/status", bearer("not-a-session"));

            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
            assertThat(json(answer).get("type").asString()).endsWith("/invalid-session");
        }

        @Test
        void refreshesAndDisconnectsWithABearerSessionAndNoCsrf() {
            Pkce pkce = Pkce.generate(PkceEncoding.HEX);
            String code = mobileLoginKitCode("leo.beats", pkce);
            String token = json(exchange(code, pkce.verifier(), ", \"ageConfirmed\": true, \"consentAccepted\": true"))
                    .get("sessionToken")
                    .asString();
            var app = newBrowser();

            assertThat(app.postJson("/api/auth/refresh", "", bearer(token)).statusCode())
                    .isEqualTo(200);
            assertThat(app.postJson("/api/auth/disconnect", "", bearer(token)).statusCode())
                    .isEqualTo(204);

            assertThat(tokenRowCount()).isZero();
            assertThat(app.get("/api/auth/status", bearer(token)).statusCode()).isEqualTo(401);
        }

        /** What TikTok's mobile Login Kit hands a native app: a code for an authorize URL with HEX PKCE. */
        private String mobileLoginKitCode(String username, Pkce pkce) {
            URI authorize = client.oauth()
                    .authorizationUrl(new AuthorizationRequest(
                            settings.redirectUri(),
                            Set.of("user.info.basic", "user.info.profile"),
                            "mobile-state",
                            pkce));
            return queryParam(emulator.approve(authorize, username), "code");
        }

        private HttpResponse<String> exchange(String code, String verifier, String extraJson) {
            String body = "{\"code\": \"" + code + "\", \"codeVerifier\": \"" + verifier + "\", \"redirectUri\": \""
                    + settings.redirectUri() + "\"" + extraJson + "}";
            return newBrowser().postJson("/api/auth/mobile/token", body, Map.of());
        }
    }

    @Test
    void documentsTheApiInOpenApi() {
        HttpResponse<String> spec = newBrowser().get("/api/openapi.yaml");

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body())
                .contains("/api/auth/url", "/api/auth/status", "/api/auth/refresh", "/api/auth/disconnect")
                .contains("/api/auth/mobile/token", "MobileTokenRequest", "codeVerifier");
    }

    private TokenSet storedTokens(String username) {
        return vault.findByOpenId(openIdOf(username)).orElseThrow().tokens();
    }

    private String storedSessionHashes() {
        return jdbc.sql("SELECT token_hash FROM api_session")
                .query(String.class)
                .list()
                .toString();
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
