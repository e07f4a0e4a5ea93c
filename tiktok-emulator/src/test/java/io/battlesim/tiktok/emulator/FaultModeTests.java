package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FaultModeTests {

    private final EmulatorHarness harness = EmulatorHarness.start();
    private final String token = harness.login(ALL_SCOPES).get("access_token").asString();

    @AfterEach
    void stop() {
        harness.close();
    }

    private HttpResponse<String> clientCredentials() {
        Map<String, String> form = EmulatorHarness.clientForm(EmulatorHarness.WEB);
        form.put("grant_type", "client_credentials");
        return harness.postForm("/v2/oauth/token/", form);
    }

    @Nested
    class ServerErrors {

        @Test
        void answerTheApiWith500InternalErrorInTheEnvelope() {
            harness.emulator.faults(new FaultSettings(Duration.ZERO, 1, 0, 0));

            HttpResponse<String> response = harness.userInfo(token, "open_id");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("internal_error");
            assertThat(response.headers().firstValue("x-tt-logid")).isPresent();
        }

        @Test
        void answerOAuthWithTheFlatServerError() {
            harness.emulator.faults(new FaultSettings(Duration.ZERO, 1, 0, 0));

            HttpResponse<String> response = clientCredentials();

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(json(response).get("error").asString()).isEqualTo("server_error");
        }
    }

    @Nested
    class Forced429s {

        @Test
        void answerTheApiWithRateLimitExceeded() {
            harness.emulator.faults(new FaultSettings(Duration.ZERO, 0, 1, 0));

            HttpResponse<String> response = harness.userInfo(token, "open_id");

            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("rate_limit_exceeded");
        }
    }

    @Nested
    class DroppedConnections {

        @Test
        void closeTheConnectionWithoutAnAnswer() {
            harness.emulator.faults(new FaultSettings(Duration.ZERO, 0, 0, 1));

            assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> harness.userInfo(token, "open_id"));
        }

        @Test
        void tellTheTransportToDrop() {
            harness.emulator.faults(new FaultSettings(Duration.ZERO, 0, 0, 1));

            EmulatorResponse response = harness.emulator.handle(EmulatorRequest.of("GET", "/v2/user/info/", Map.of()));

            assertThat(response.dropConnection()).isTrue();
        }
    }

    @Nested
    class Scope {

        @Test
        void spareTheStatusPageAvatarsAndFaultsEndpoint() {
            harness.emulator.faults(new FaultSettings(Duration.ZERO, 0, 0, 1));

            assertThat(harness.get("/").statusCode()).isEqualTo(200);
            assertThat(harness.get("/avatars/ava.sparks.svg").statusCode()).isEqualTo(200);
            assertThat(harness.get("/faults").statusCode()).isEqualTo(200);
        }

        @Test
        void turnOffWithNone() {
            harness.emulator.faults(new FaultSettings(Duration.ZERO, 1, 0, 0));
            harness.emulator.faults(FaultSettings.NONE);

            assertThat(harness.userInfo(token, "open_id").statusCode()).isEqualTo(200);
        }

        @Test
        void drawTheSameSequenceForTheSameSeed() {
            assertThat(serverErrorsWithHalfRate(7))
                    .isEqualTo(serverErrorsWithHalfRate(7))
                    .contains(true, false);
        }

        private List<Boolean> serverErrorsWithHalfRate(long seed) {
            TikTokEmulator emulator =
                    TikTokEmulator.builder().seed(seed).livePace(0).build();
            emulator.faults(new FaultSettings(Duration.ZERO, 0.5, 0, 0));
            return IntStream.range(0, 40)
                    .mapToObj(i -> emulator.handle(EmulatorRequest.of("GET", "/v2/user/info/", Map.of()))
                            .status())
                    .map(status -> status == 500)
                    .toList();
        }
    }

    @Nested
    class OverHttp {

        @Test
        void showTheCurrentSettingsAsJson() {
            harness.emulator.faults(new FaultSettings(Duration.ofMillis(250), 0.1, 0.2, 0.3));

            HttpResponse<String> response = harness.get("/faults");

            assertThat(response.body())
                    .isEqualTo(
                            "{\"latencyMs\":250,\"serverErrorRate\":0.1,\"forced429Rate\":0.2,\"dropRate\":0.3,"
                                    + "\"publishFailureRate\":0.0,\"publishFailReason\":\"internal\",\"webhookDuplicateRate\":0.0}");
        }

        @Test
        void changeTheFieldsAJsonPostNames() {
            HttpResponse<String> response =
                    harness.post("/faults", "application/json", "{\"serverErrorRate\":1,\"latencyMs\":5}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(harness.emulator.faults()).isEqualTo(new FaultSettings(Duration.ofMillis(5), 1, 0, 0));
            assertThat(harness.userInfo(token, "open_id").statusCode()).isEqualTo(500);
        }

        @Test
        void makeWebhooksArriveTwiceOnRequest() {
            HttpResponse<String> response =
                    harness.post("/faults", "application/json", "{\"webhookDuplicateRate\":0.5}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"webhookDuplicateRate\":0.5");
            assertThat(harness.post("/faults", "application/json", "{\"webhookDuplicateRate\":2}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(harness.get("/faults").body()).contains("\"webhookDuplicateRate\":0.5");
        }

        @Test
        void refuseOutOfRangeRates() {
            HttpResponse<String> response = harness.post("/faults", "application/json", "{\"dropRate\":1.5}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(harness.emulator.faults()).isEqualTo(FaultSettings.NONE);
        }

        @Test
        void refuseUnknownFieldsAndOtherContentTypes() {
            assertThat(harness.post("/faults", "application/json", "{\"dropRat\":0.5}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(harness.post("/faults", "text/plain", "{\"dropRate\":0.5}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(harness.post("/faults", "application/json", "not json").statusCode())
                    .isEqualTo(400);
            assertThat(harness.emulator.faults()).isEqualTo(FaultSettings.NONE);
        }
    }

    @Nested
    class Settings {

        @Test
        void refuseRatesThatAddUpToMoreThanOne() {
            assertThatIllegalArgumentException().isThrownBy(() -> new FaultSettings(Duration.ZERO, 0.6, 0.3, 0.2));
        }

        @Test
        void refuseNegativeLatency() {
            assertThatIllegalArgumentException().isThrownBy(() -> new FaultSettings(Duration.ofMillis(-1), 0, 0, 0));
        }
    }
}
