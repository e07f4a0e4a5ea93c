package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OAuthTests {

    private static final String TOKEN = "/v2/oauth/token/";
    private static final String REVOKE = "/v2/oauth/revoke/";
    private static final String REDIRECT = "http://localhost:5000/auth/tiktok/callback";

    private final StubTikTok stub = StubTikTok.start();
    private final TestClock clock = new TestClock();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final TikTokClient client =
            Fixtures.clientFor(stub.baseUri(), clock, sleeper).build();

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Nested
    class AuthorizationUrl {

        private final TikTokClient tiktok = TikTokClient.builder()
                .clientKey("sbawkey")
                .clientSecret("secret")
                .build();

        @Test
        void pointsAtTikToksV2ConsentPageWithEveryParameter() {
            Pkce pkce = Pkce.of("gaeCq5mVvbhA8Ce6w5O9XBVIKMkySgv-_9A-rnhm9Ns", PkceEncoding.HEX);
            Set<String> scopes = new LinkedHashSet<>(List.of("user.info.basic", "video.list"));

            URI url = tiktok.oauth().authorizationUrl(new AuthorizationRequest(REDIRECT, scopes, "st4te", pkce));

            assertThat(url.toString())
                    .isEqualTo("https://www.tiktok.com/v2/auth/authorize/?client_key=sbawkey&response_type=code"
                            + "&scope=user.info.basic,video.list"
                            + "&redirect_uri=http%3A%2F%2Flocalhost%3A5000%2Fauth%2Ftiktok%2Fcallback&state=st4te"
                            + "&code_challenge=e6a178b120743d08509508f269652b0bdf91e29332921bc9e9744fd3dd41bfef"
                            + "&code_challenge_method=S256");
        }

        @Test
        void formEncodesStateAndRedirectUri() {
            URI url = tiktok.oauth()
                    .authorizationUrl(new AuthorizationRequest(
                            "https://app.example/cb/?", Set.of("user.info.basic"), "a b&c=d/é", null));

            assertThat(url.getRawQuery())
                    .contains("redirect_uri=https%3A%2F%2Fapp.example%2Fcb%2F%3F")
                    .contains("state=a+b%26c%3Dd%2F%C3%A9");
        }

        @Test
        void omitsPkceParametersWithoutPkce() {
            URI url = tiktok.oauth()
                    .authorizationUrl(new AuthorizationRequest(REDIRECT, Set.of("user.info.basic"), "s", null));

            assertThat(url.getRawQuery()).doesNotContain("code_challenge");
        }

        @Test
        void keepsThePathPrefixOfTheAuthorizeBase() {
            TikTokClient emulated = tiktok.newBuilder()
                    .authorizeBaseUri(URI.create("http://localhost:5000/emulator"))
                    .build();

            URI url = emulated.oauth()
                    .authorizationUrl(new AuthorizationRequest(REDIRECT, Set.of("user.info.basic"), "s", null));

            assertThat(url.toString()).startsWith("http://localhost:5000/emulator/v2/auth/authorize/?client_key=");
        }

        @Test
        void rejectsRequestsWithoutScopesOrWithSpaceSeparatedScopes() {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> new AuthorizationRequest(REDIRECT, Set.of(), "s", null));
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> new AuthorizationRequest(REDIRECT, Set.of("a b"), "s", null));
        }
    }

    @Nested
    class CodeExchange {

        @Test
        void postsEveryFieldAsAFormWithoutBasicAuth() {
            stub.answer(TOKEN, 200, Fixtures.tokenBody("open-1", Fixtures.ACCESS_TOKEN, Fixtures.REFRESH_TOKEN, 86400));

            client.oauth().exchangeCode("code/with+chars", REDIRECT, "verifier-value");

            StubTikTok.Recorded request = stub.requests(TOKEN).get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("content-type")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(request.header("cache-control")).isEqualTo("no-cache");
            assertThat(request.header("authorization")).isNull();
            assertThat(request.form())
                    .containsEntry("client_key", Fixtures.CLIENT_KEY)
                    .containsEntry("client_secret", Fixtures.CLIENT_SECRET)
                    .containsEntry("code", "code/with+chars")
                    .containsEntry("grant_type", "authorization_code")
                    .containsEntry("redirect_uri", REDIRECT)
                    .containsEntry("code_verifier", "verifier-value");
        }

        @Test
        void computesExpiryFromTheAnswerOnTheInjectedClock() {
            stub.answer(TOKEN, 200, Fixtures.tokenBody("open-1", Fixtures.ACCESS_TOKEN, Fixtures.REFRESH_TOKEN, 7200));

            TokenSet tokens = client.oauth().exchangeCode("code", REDIRECT, null);

            assertThat(tokens.openId()).isEqualTo("open-1");
            assertThat(tokens.accessToken()).isEqualTo(Fixtures.ACCESS_TOKEN);
            assertThat(tokens.refreshToken()).isEqualTo(Fixtures.REFRESH_TOKEN);
            assertThat(tokens.accessTokenExpiresAt()).isEqualTo(TestClock.START.plusSeconds(7200));
            assertThat(tokens.refreshTokenExpiresAt()).isEqualTo(TestClock.START.plusSeconds(31536000));
            assertThat(tokens.scopes()).containsExactly("user.info.basic", "user.info.profile");
            assertThat(tokens.tokenType()).isEqualTo("Bearer");
            assertThat(stub.requests(TOKEN).get(0).form()).doesNotContainKey("code_verifier");
        }

        @Test
        void failsOnAnErrorBodyDespiteHttp200() {
            stub.answer(TOKEN, 200, Fixtures.oauthError("invalid_client", "Client key or secret is invalid."));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().exchangeCode("code", REDIRECT, null))
                    .satisfies(e -> {
                        assertThat(e.errorCode()).isEqualTo("invalid_client");
                        assertThat(e.isOAuthError()).isTrue();
                        assertThat(e.getMessage()).doesNotContain(Fixtures.CLIENT_SECRET);
                    });
        }

        @Test
        void isNotRetriedAfterAServerAnswerBecauseCodesAreOneTime() {
            stub.answer(TOKEN, 500, Fixtures.oauthError("server_error", "oops"));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().exchangeCode("code", REDIRECT, null))
                    .satisfies(e -> assertThat(e.retryable()).isTrue());
            assertThat(stub.requests(TOKEN)).hasSize(1);
        }

        @Test
        void isNotRetriedWhenTheConnectionDropsAfterSending() {
            stub.dropConnection(TOKEN);

            assertThatExceptionOfType(TikTokTransportException.class)
                    .isThrownBy(() -> client.oauth().exchangeCode("code", REDIRECT, null))
                    .satisfies(e -> assertThat(e.beforeRequestSent()).isFalse());
            assertThat(stub.requests(TOKEN)).hasSize(1);
        }

        @Test
        void isRetriedWhenTheConnectionCannotBeOpened() throws IOException {
            TikTokClient unreachable = client.newBuilder()
                    .apiBaseUri(URI.create("http://127.0.0.1:" + freePort()))
                    .build();

            assertThatExceptionOfType(TikTokTransportException.class)
                    .isThrownBy(() -> unreachable.oauth().exchangeCode("code", REDIRECT, null))
                    .satisfies(e -> {
                        assertThat(e.beforeRequestSent()).isTrue();
                        assertThat(e.getMessage()).doesNotContain(Fixtures.CLIENT_SECRET);
                    });
            assertThat(sleeper.pauses()).hasSize(2);
        }
    }

    @Nested
    class Refresh {

        @Test
        void sendsTheRefreshGrantAndReturnsTheRotatedToken() {
            stub.answer(
                    TOKEN, 200, Fixtures.tokenBody("open-1", "act.new-access-token-0001", "rft.rotated-000001", 86400));

            TokenSet tokens = client.oauth().refresh(Fixtures.REFRESH_TOKEN);

            assertThat(tokens.refreshToken()).isEqualTo("rft.rotated-000001");
            assertThat(stub.requests(TOKEN).get(0).form())
                    .containsEntry("grant_type", "refresh_token")
                    .containsEntry("refresh_token", Fixtures.REFRESH_TOKEN)
                    .containsEntry("client_secret", Fixtures.CLIENT_SECRET);
        }

        @Test
        void isNotRetriedAfterAServerAnswerBecauseTheTokenMayHaveRotated() {
            stub.answer(TOKEN, 503, Fixtures.oauthError("temporarily_unavailable", "later"));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().refresh(Fixtures.REFRESH_TOKEN));
            assertThat(stub.requests(TOKEN)).hasSize(1);
            assertThat(sleeper.pauses()).isEmpty();
        }

        @Test
        void reportsAnInvalidGrantWithoutTheToken() {
            stub.answer(TOKEN, 400, Fixtures.oauthError("invalid_grant", "Refresh token is invalid or expired."));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().refresh(Fixtures.REFRESH_TOKEN))
                    .satisfies(e -> {
                        assertThat(e.errorCode()).isEqualTo("invalid_grant");
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).doesNotContain(Fixtures.REFRESH_TOKEN);
                    });
        }

        @Test
        void rejectsAnAnswerWithoutTheRefreshToken() {
            stub.answer(TOKEN, 200, "{\"access_token\":\"act.x\",\"expires_in\":60,\"open_id\":\"o\"}");

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().refresh(Fixtures.REFRESH_TOKEN))
                    .satisfies(e -> assertThat(e.errorCode()).isEqualTo(TikTokApiException.UNEXPECTED_RESPONSE));
        }
    }

    @Nested
    class Revoke {

        @Test
        void postsTheAccessTokenAndAcceptsAnEmptyAnswer() {
            stub.answer(REVOKE, 200, "");

            client.oauth().revoke(Fixtures.ACCESS_TOKEN);

            assertThat(stub.requests(REVOKE).get(0).form())
                    .containsEntry("token", Fixtures.ACCESS_TOKEN)
                    .containsEntry("client_key", Fixtures.CLIENT_KEY);
        }

        @Test
        void reportsAnOAuthError() {
            stub.answer(REVOKE, 400, Fixtures.oauthError("invalid_request", "Token is invalid."));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().revoke(Fixtures.ACCESS_TOKEN))
                    .satisfies(e -> assertThat(e.errorCode()).isEqualTo("invalid_request"));
        }
    }

    @Nested
    class ClientCredentials {

        @Test
        void isRetriedOnServerErrorsUntilItSucceeds() {
            stub.answer(TOKEN, 500, Fixtures.oauthError("server_error", "oops"))
                    .answer(
                            TOKEN,
                            200,
                            "{\"access_token\":\"clt.client-token-00001\",\"expires_in\":7200,"
                                    + "\"token_type\":\"Bearer\"}");

            ClientToken token = client.oauth().clientToken();

            assertThat(token.accessToken()).isEqualTo("clt.client-token-00001");
            assertThat(token.expiresAt()).isEqualTo(TestClock.START.plus(Duration.ofHours(2)));
            assertThat(stub.requests(TOKEN)).hasSize(2);
            assertThat(stub.requests(TOKEN).get(0).form()).containsEntry("grant_type", "client_credentials");
            assertThat(sleeper.pauses()).hasSize(1);
            assertThat(sleeper.pauses().get(0)).isLessThanOrEqualTo(Duration.ofMillis(200));
        }

        @Test
        void givesUpAfterTheMaximumAttempts() {
            stub.answer(TOKEN, 429, Fixtures.v2Error("rate_limit_exceeded", "slow down"));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.oauth().clientToken())
                    .satisfies(e -> assertThat(e.retryable()).isTrue());
            assertThat(stub.requests(TOKEN)).hasSize(3);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
