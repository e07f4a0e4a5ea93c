package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResponseBodiesTests {

    private static Exchange exchange(int status, String body, Map<String, List<String>> headers) {
        ApiCall call = new ApiCall(
                "/v2/oauth/token/",
                HttpRequest.newBuilder(URI.create("http://127.0.0.1/v2/oauth/token/"))
                        .build(),
                RetryScope.ANY_FAILURE,
                null,
                List.of(Fixtures.CLIENT_SECRET, Fixtures.ACCESS_TOKEN));
        return new Exchange(
                call, status, HttpHeaders.of(headers, (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
    }

    private static Exchange exchange(int status, String body) {
        return exchange(status, body, Map.of());
    }

    @Nested
    class OAuthShape {

        @Test
        void treatsAnErrorFieldAsFailureEvenWithHttp200() {
            Exchange answer = exchange(200, Fixtures.oauthError("invalid_client", "Client key is invalid."));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> ResponseBodies.requireOAuthSuccess(answer))
                    .satisfies(e -> {
                        assertThat(e.errorCode()).isEqualTo("invalid_client");
                        assertThat(e.errorMessage()).isEqualTo("Client key is invalid.");
                        assertThat(e.logId()).isEqualTo("20260301100000OAUTHLOG");
                        assertThat(e.httpStatus()).isEqualTo(200);
                        assertThat(e.isOAuthError()).isTrue();
                        assertThat(e.retryable()).isFalse();
                    });
        }

        @Test
        void takesTheLogIdFromTheHeaderWhenTheBodyHasNone() {
            Exchange answer = exchange(
                    400,
                    "{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}",
                    Map.of("x-tt-logid", List.of("HEADERLOG")));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> ResponseBodies.requireOAuthSuccess(answer))
                    .satisfies(e -> assertThat(e.logId()).isEqualTo("HEADERLOG"));
        }

        @Test
        void acceptsAnEmptySuccessBody() {
            assertThat(ResponseBodies.requireOAuthSuccess(exchange(200, "")).isEmpty())
                    .isTrue();
            assertThat(ResponseBodies.requireOAuthSuccess(exchange(200, "{}")).isEmpty())
                    .isTrue();
        }

        @Test
        void stripsSecretsThatTheServerEchoes() {
            Exchange answer = exchange(
                    400,
                    Fixtures.oauthError(
                            "invalid_request",
                            "bad token " + Fixtures.ACCESS_TOKEN + " for " + Fixtures.CLIENT_SECRET));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> ResponseBodies.requireOAuthSuccess(answer))
                    .satisfies(e -> assertThat(e.getMessage())
                            .doesNotContain(Fixtures.ACCESS_TOKEN)
                            .doesNotContain(Fixtures.CLIENT_SECRET));
        }
    }

    @Nested
    class V2Envelope {

        @Test
        void returnsDataWhenTheCodeIsOk() {
            assertThat(ResponseBodies.requireV2Data(exchange(200, Fixtures.userBody("o-1", "Ava")))
                            .path("user")
                            .path("open_id")
                            .stringValue())
                    .isEqualTo("o-1");
        }

        @Test
        void treatsAnyOtherCodeAsFailureEvenWithHttp200() {
            Exchange answer = exchange(200, Fixtures.v2Error("access_token_invalid", "The access token is invalid."));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> ResponseBodies.requireV2Data(answer))
                    .satisfies(e -> {
                        assertThat(e.isAccessTokenInvalid()).isTrue();
                        assertThat(e.isOAuthError()).isFalse();
                        assertThat(e.logId()).isEqualTo("20260301100000V2LOG");
                    });
        }

        @Test
        void readsTheLogidSpellingToo() {
            Exchange answer = exchange(
                    400, "{\"data\":{},\"error\":{\"code\":\"invalid_params\",\"message\":\"x\",\"logid\":\"L1\"}}");

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> ResponseBodies.requireV2Data(answer))
                    .satisfies(e -> assertThat(e.logId()).isEqualTo("L1"));
        }

        @Test
        void reportsAnHtmlErrorPageAsARetryableUnexpectedResponse() {
            Exchange answer = exchange(502, "<html>Bad gateway</html>");

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> ResponseBodies.requireV2Data(answer))
                    .satisfies(e -> {
                        assertThat(e.errorCode()).isEqualTo(TikTokApiException.UNEXPECTED_RESPONSE);
                        assertThat(e.httpStatus()).isEqualTo(502);
                        assertThat(e.retryable()).isTrue();
                    });
        }

        @Test
        void rejectsABodyWithoutTheErrorObject() {
            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> ResponseBodies.requireV2Data(exchange(200, "{\"data\":{}}")))
                    .satisfies(e -> assertThat(e.retryable()).isFalse());
        }
    }
}
