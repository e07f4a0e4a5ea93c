package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.publish.PublishHarness.AUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.UNAUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.code;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.faults.PublishFailure;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Status fetch, cancel and the clock-driven timetable, with fault mode's fail reasons. */
class StatusTimetableTests {

    private final PublishHarness harness = PublishHarness.start(builder ->
            builder.publishTimetable(PublishTimetable.REALISTIC).rateLimit("/v2/post/publish/status/fetch/", 1000));
    private final String token = harness.token(AUDITED, "ava.sparks");

    @AfterEach
    void stop() {
        harness.close();
    }

    /** Inits a 1000-byte direct post and returns its publish id and upload URL. */
    private JsonNode init(String tokenToUse, String privacy) {
        HttpResponse<String> response = harness.post(
                "/v2/post/publish/video/init/", tokenToUse, PublishHarness.fileUploadVideo(privacy, 1000, 1000, 1));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("data");
    }

    private String upload(JsonNode data) {
        assertThat(harness.putChunk(URI.create(data.get("upload_url").asString()), 0, 999, 1000)
                        .statusCode())
                .isEqualTo(201);
        return data.get("publish_id").asString();
    }

    private JsonNode status(String publishId) {
        return json(harness.status(token, publishId)).get("data");
    }

    @Nested
    class Timetable {

        @Test
        void processesForFiveSecondsOnTheEmulatorClockThenPublishes() {
            String publishId = upload(init(token, "SELF_ONLY"));

            harness.clock.advance(Duration.ofSeconds(4));
            assertThat(status(publishId).get("status").asString()).isEqualTo("PROCESSING_UPLOAD");
            harness.clock.advance(Duration.ofSeconds(1));
            JsonNode done = status(publishId);

            assertThat(done.get("status").asString()).isEqualTo("PUBLISH_COMPLETE");
            assertThat(done.get("publicaly_available_post_id")).isEmpty();
            assertThat(done.has("fail_reason")).isFalse();
        }

        @Test
        void waitsForTheWholeUploadBeforeProcessing() {
            JsonNode data = init(token, "SELF_ONLY");
            harness.clock.advance(Duration.ofMinutes(5));

            assertThat(status(data.get("publish_id").asString()).get("status").asString())
                    .isEqualTo("PROCESSING_UPLOAD");
        }

        @Test
        void givesAPublicPostItsIdAfterModeration() {
            String publicToken = harness.token(AUDITED, PublishHarness.PUBLIC_CREATOR);
            String publishId = upload(init(publicToken, "PUBLIC_TO_EVERYONE"));
            harness.clock.advance(Duration.ofSeconds(5));
            assertThat(json(harness.status(publicToken, publishId)).at("/data/publicaly_available_post_id"))
                    .isEmpty();

            harness.clock.advance(Duration.ofSeconds(30));

            JsonNode moderated = json(harness.status(publicToken, publishId)).get("data");
            assertThat(moderated.get("publicaly_available_post_id")).hasSize(1);
            assertThat(moderated.get("publicaly_available_post_id").get(0).isIntegralNumber())
                    .isTrue();
            assertThat(harness.publishing.task(publishId).orElseThrow().postIds())
                    .containsExactly(
                            moderated.get("publicaly_available_post_id").get(0).asLong());
        }

        @Test
        void neverGivesAPrivatePostOfAnUnauditedAppAnId() {
            String unaudited = harness.token(UNAUDITED, "ava.sparks");
            String publishId = upload(init(unaudited, "SELF_ONLY"));
            harness.clock.advance(Duration.ofHours(1));

            JsonNode data = json(harness.status(unaudited, publishId)).get("data");

            assertThat(data.get("status").asString()).isEqualTo("PUBLISH_COMPLETE");
            assertThat(data.get("publicaly_available_post_id")).isEmpty();
        }

        @Test
        void movesOnWhenStepped() {
            String publishId = upload(init(token, "SELF_ONLY"));
            harness.clock.advance(Duration.ofSeconds(5));

            harness.publishing.tick();

            assertThat(harness.publishing.task(publishId).orElseThrow().status())
                    .isEqualTo(PublishState.PUBLISH_COMPLETE);
        }

        @Test
        void deliversAnInboxUploadThenTheCreatorPostsIt() {
            HttpResponse<String> response = harness.post(
                    "/v2/post/publish/inbox/video/init/",
                    token,
                    "{" + PublishHarness.fileUploadSource(1000, 1000, 1) + "}");
            String publishId = upload(json(response).get("data"));

            harness.clock.advance(Duration.ofSeconds(5));
            assertThat(status(publishId).get("status").asString()).isEqualTo("SEND_TO_USER_INBOX");
            harness.clock.advance(Duration.ofSeconds(20));
            assertThat(status(publishId).get("status").asString()).isEqualTo("PUBLISH_COMPLETE");
        }
    }

    @Nested
    class FaultMode {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "file_format_check_failed",
                    "duration_check_failed",
                    "frame_rate_check_failed",
                    "picture_size_check_failed",
                    "internal",
                    "spam_risk_text",
                    "spam_risk"
                })
        void failsTheTaskWithTheChosenReason(String reason) {
            harness.publishing.failProcessing(new PublishFailure(reason, 1));
            String publishId = upload(init(token, "SELF_ONLY"));
            harness.clock.advance(Duration.ofSeconds(5));

            JsonNode data = status(publishId);

            assertThat(data.get("status").asString()).isEqualTo("FAILED");
            assertThat(data.get("fail_reason").asString()).isEqualTo(reason);
        }

        @Test
        void isSwitchedOnOverHttpToo() {
            harness.send(harness.request("/faults")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"publishFailureRate\":1,\"publishFailReason\":\"duration_check_failed\"}"))
                    .build());
            String publishId = upload(init(token, "SELF_ONLY"));
            harness.clock.advance(Duration.ofSeconds(5));

            assertThat(status(publishId).get("fail_reason").asString()).isEqualTo("duration_check_failed");
        }

        @Test
        void refusesAnUndocumentedReason() {
            HttpResponse<String> response = harness.send(harness.request("/faults")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"publishFailureRate\":1,\"publishFailReason\":\"gremlins\"}"))
                    .build());

            assertThat(response.statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class StatusAndCancel {

        @Test
        void refusesAnUnknownPublishId() {
            HttpResponse<String> status = harness.status(token, "v_pub_file~v2-1.1");
            HttpResponse<String> cancel =
                    harness.post("/v2/post/publish/cancel/", token, "{\"publish_id\":\"v_pub_file~v2-1.1\"}");

            assertThat(status.statusCode()).isEqualTo(400);
            assertThat(code(status)).isEqualTo("invalid_publish_id");
            assertThat(code(cancel)).isEqualTo("invalid_publish_id");
        }

        @Test
        void refusesAnotherUsersPublishId() {
            String publishId = init(token, "SELF_ONLY").get("publish_id").asString();
            String stranger = harness.token(AUDITED, "leo.beats");

            HttpResponse<String> status = harness.status(stranger, publishId);
            HttpResponse<String> cancel =
                    harness.post("/v2/post/publish/cancel/", stranger, "{\"publish_id\":\"" + publishId + "\"}");

            assertThat(status.statusCode()).isEqualTo(400);
            assertThat(code(status)).isEqualTo("token_not_authorized_for_specified_publish_id");
            assertThat(code(cancel)).isEqualTo("token_not_authorized_for_specified_publish_id");
        }

        @Test
        void cancelsAnUnfinishedUpload() {
            JsonNode data = init(token, "SELF_ONLY");
            String publishId = data.get("publish_id").asString();

            HttpResponse<String> cancel =
                    harness.post("/v2/post/publish/cancel/", token, "{\"publish_id\":\"" + publishId + "\"}");

            assertThat(cancel.statusCode()).isEqualTo(200);
            assertThat(code(cancel)).isEqualTo("ok");
            assertThat(status(publishId).get("fail_reason").asString()).isEqualTo("publish_cancelled");
            assertThat(harness.putChunk(URI.create(data.get("upload_url").asString()), 0, 999, 1000)
                            .statusCode())
                    .isEqualTo(404);
        }

        @Test
        void cannotCancelOnceTheMediaIsIn() {
            String publishId = upload(init(token, "SELF_ONLY"));

            HttpResponse<String> cancel =
                    harness.post("/v2/post/publish/cancel/", token, "{\"publish_id\":\"" + publishId + "\"}");

            assertThat(cancel.statusCode()).isEqualTo(400);
            assertThat(code(cancel)).isEqualTo("publish_not_cancellable");
        }

        @Test
        void limitsStatusFetchesPerToken() {
            try (PublishHarness strict = PublishHarness.start()) {
                String strictToken = strict.token(AUDITED, "ava.sparks");
                for (int i = 0; i < 30; i++) {
                    strict.status(strictToken, "x");
                }

                assertThat(code(strict.status(strictToken, "x"))).isEqualTo("rate_limit_exceeded");
            }
        }

        @Test
        void needsAnUploadOrPublishScope() {
            HttpResponse<String> response =
                    harness.status(harness.token(AUDITED, "ava.sparks", "user.info.basic"), "x");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(code(response)).isEqualTo("scope_not_authorized");
        }
    }
}
