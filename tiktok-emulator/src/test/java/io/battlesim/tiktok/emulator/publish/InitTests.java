package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.publish.PublishHarness.AUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.UNAUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.code;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Video init (direct and inbox): every documented refusal. */
class InitTests {

    private static final String DIRECT = "/v2/post/publish/video/init/";
    private static final String INBOX = "/v2/post/publish/inbox/video/init/";

    private final PublishHarness harness = PublishHarness.start();
    private final String token = harness.token(AUDITED, "ava.sparks");

    @AfterEach
    void stop() {
        harness.close();
    }

    private HttpResponse<String> direct(String privacy) {
        return harness.post(DIRECT, token, PublishHarness.fileUploadVideo(privacy, 1000, 1000, 1));
    }

    @Nested
    class DirectPost {

        @Test
        void refusesAPrivacyLevelTheCreatorDoesNotOffer() {
            HttpResponse<String> response = direct("PUBLIC_TO_EVERYONE"); // ava's account is private

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("privacy_level_option_mismatch");
        }

        @Test
        void refusesAMissingPrivacyLevel() {
            HttpResponse<String> response = harness.post(
                    DIRECT, token, "{\"post_info\":{}," + PublishHarness.fileUploadSource(1000, 1000, 1) + "}");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("privacy_level_option_mismatch");
        }

        @Test
        void refusesAnUnauditedAppsSelfOnlyPostToAPublicAccount() {
            String unaudited = harness.token(UNAUDITED, PublishHarness.PUBLIC_CREATOR);

            HttpResponse<String> response =
                    harness.post(DIRECT, unaudited, PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("unaudited_client_can_only_post_to_private_accounts");
            assertThat(harness.publishing.recentTasks()).isEmpty();
        }

        @Test
        void refusesAnUnauditedAppsPhotoPostToAPublicAccount() {
            harness.publishing.verifyDomain("cdn.example.com");
            String body = "{\"media_type\":\"PHOTO\",\"post_mode\":\"DIRECT_POST\",\"post_info\":{\"privacy_level\":"
                    + "\"SELF_ONLY\"},\"source_info\":{\"source\":\"PULL_FROM_URL\",\"photo_images\":"
                    + "[\"https://cdn.example.com/a.jpg\"],\"photo_cover_index\":0}}";

            HttpResponse<String> response = harness.post(
                    "/v2/post/publish/content/init/", harness.token(UNAUDITED, PublishHarness.PUBLIC_CREATOR), body);

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("unaudited_client_can_only_post_to_private_accounts");
        }

        @Test
        void letsAnUnauditedAppPostSelfOnlyToAPrivateAccount() {
            HttpResponse<String> response = harness.post(
                    DIRECT,
                    harness.token(UNAUDITED, "ava.sparks"),
                    PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }

        @Test
        void letsTheCreatorPostOnceTheyMadeTheirAccountPrivate() {
            String unaudited = harness.token(UNAUDITED, PublishHarness.PUBLIC_CREATOR);
            harness.publishing.privateAccount(PublishHarness.PUBLIC_CREATOR, true);

            HttpResponse<String> response =
                    harness.post(DIRECT, unaudited, PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }

        @Test
        void forcesAnUnauditedAppsPostToSelfOnly() {
            HttpResponse<String> response = harness.post(
                    DIRECT,
                    harness.token(UNAUDITED, "ava.sparks"),
                    PublishHarness.fileUploadVideo("FOLLOWER_OF_CREATOR", 1000, 1000, 1));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            String publishId = json(response).at("/data/publish_id").asString();
            assertThat(harness.publishing.task(publishId).orElseThrow().privacyLevel())
                    .isEqualTo("SELF_ONLY");
        }

        @Test
        void refusesAnUnauditedAppsBrandedContentSinceItsPostIsPrivate() {
            HttpResponse<String> response = harness.post(
                    DIRECT,
                    harness.token(UNAUDITED, "ava.sparks"),
                    "{\"post_info\":{\"privacy_level\":\"FOLLOWER_OF_CREATOR\",\"brand_content_toggle\":true},"
                            + PublishHarness.fileUploadSource(1000, 1000, 1) + "}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(code(response)).isEqualTo("invalid_param");
        }

        @Test
        void letsTheAppPostPubliclyOnceItIsAudited() {
            harness.publishing.audited(UNAUDITED.clientKey(), true);

            HttpResponse<String> response = harness.post(
                    DIRECT,
                    harness.token(UNAUDITED, PublishHarness.PUBLIC_CREATOR),
                    PublishHarness.fileUploadVideo("PUBLIC_TO_EVERYONE", 1000, 1000, 1));

            assertThat(response.statusCode()).isEqualTo(200);
        }

        @Test
        void capsAnUnauditedAppAtFiveActiveCreatorsADay() {
            String[] users = {"ava.sparks", "leo.beats", "mia.moves", "noah.laughs", "zoe.paints"};
            for (String user : users) {
                harness.post(
                        DIRECT,
                        harness.token(UNAUDITED, user),
                        PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1));
            }

            HttpResponse<String> response = harness.post(
                    DIRECT,
                    harness.token(UNAUDITED, "omar.cooks"),
                    PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("reached_active_user_cap");
        }

        @Test
        void refusesBrandedContentThatIsPrivate() {
            HttpResponse<String> response = harness.post(
                    DIRECT,
                    token,
                    "{\"post_info\":{\"privacy_level\":\"SELF_ONLY\",\"brand_content_toggle\":true},"
                            + PublishHarness.fileUploadSource(1000, 1000, 1) + "}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(code(response)).isEqualTo("invalid_param");
        }

        @Test
        void acceptsATitleOf2200Utf16UnitsAndRefusesOneMore() {
            String emoji = "🎉".repeat(1100); // 2 UTF-16 units each

            HttpResponse<String> fits = harness.post(DIRECT, token, titled(emoji));
            HttpResponse<String> tooLong = harness.post(DIRECT, token, titled(emoji + "x"));

            assertThat(fits.statusCode()).isEqualTo(200);
            assertThat(tooLong.statusCode()).isEqualTo(400);
            assertThat(code(tooLong)).isEqualTo("invalid_param");
        }

        private String titled(String title) {
            return "{\"post_info\":{\"title\":\"" + title + "\",\"privacy_level\":\"SELF_ONLY\"},"
                    + PublishHarness.fileUploadSource(1000, 1000, 1) + "}";
        }

        @Test
        void capsDirectPostsPerCreatorADay() {
            harness.publishing.limits(new PublishLimits(2, 5, 5, Duration.ofHours(1)));
            String other = harness.token(AUDITED, "leo.beats");
            direct("SELF_ONLY");
            direct("SELF_ONLY");

            HttpResponse<String> third = direct("SELF_ONLY");

            assertThat(third.statusCode()).isEqualTo(403);
            assertThat(code(third)).isEqualTo("spam_risk_too_many_posts");
            assertThat(harness.post(DIRECT, other, PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(harness.publishing.postsLeftToday("ava.sparks")).isZero();
        }

        @Test
        void letsTheCreatorPostAgainADayLater() {
            harness.publishing.limits(new PublishLimits(1, 5, 5, Duration.ofHours(1)));
            direct("SELF_ONLY");
            harness.clock.advance(Duration.ofHours(24));

            assertThat(harness.post(
                                    DIRECT,
                                    harness.token(AUDITED, "ava.sparks"),
                                    PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1))
                            .statusCode())
                    .isEqualTo(200);
        }

        @Test
        void refusesABannedCreator() {
            harness.publishing.banFromPosting("ava.sparks", true);

            HttpResponse<String> response = direct("SELF_ONLY");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("spam_risk_user_banned_from_posting");
        }

        @Test
        void limitsInitTo6PerMinutePerToken() {
            IntStream.range(0, 6).forEach(i -> direct("SELF_ONLY"));

            HttpResponse<String> seventh = direct("SELF_ONLY");

            assertThat(seventh.statusCode()).isEqualTo(429);
            assertThat(code(seventh)).isEqualTo("rate_limit_exceeded");
            harness.clock.advance(Duration.ofMinutes(1));
            assertThat(direct("SELF_ONLY").statusCode()).isEqualTo(200);
        }

        @Test
        void refusesATokenWithoutVideoPublish() {
            HttpResponse<String> response = harness.post(
                    DIRECT,
                    harness.token(AUDITED, "ava.sparks", "user.info.basic,video.upload"),
                    PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(code(response)).isEqualTo("scope_not_authorized");
        }

        @Test
        void refusesAMissingToken() {
            HttpResponse<String> response =
                    harness.post(DIRECT, "", PublishHarness.fileUploadVideo("SELF_ONLY", 1000, 1000, 1));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(code(response)).isEqualTo("access_token_invalid");
        }

        @Test
        void refusesMalformedBodiesWithInvalidParam() {
            for (String body : new String[] {
                "not json",
                "[]",
                "{\"post_info\":{\"privacy_level\":\"SELF_ONLY\"}}",
                "{\"post_info\":{\"privacy_level\":\"SELF_ONLY\"},\"source_info\":{\"source\":\"DROPBOX\"}}",
                "{\"post_info\":{\"privacy_level\":\"SELF_ONLY\",\"disable_duet\":\"yes\"},"
                        + PublishHarness.fileUploadSource(1000, 1000, 1) + "}",
                "{\"post_info\":{\"privacy_level\":\"SELF_ONLY\"},\"source_info\":{\"source\":\"FILE_UPLOAD\"}}"
            }) {
                HttpResponse<String> response = harness.post(DIRECT, token, body);

                assertThat(response.statusCode()).as(body).isEqualTo(400);
                assertThat(code(response)).as(body).isEqualTo("invalid_param");
            }
        }
    }

    @Nested
    class Inbox {

        private HttpResponse<String> inbox(String inboxToken) {
            return harness.post(INBOX, inboxToken, "{" + PublishHarness.fileUploadSource(1000, 1000, 1) + "}");
        }

        @Test
        void returnsAnInboxPublishIdWithAnUploadUrl() {
            HttpResponse<String> response = inbox(token);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).at("/data/publish_id").asString()).startsWith("v_inbox_file~v2.");
            assertThat(json(response).at("/data/upload_url").asString()).contains("/upload/video/?upload_id=");
        }

        @Test
        void needsVideoUpload() {
            HttpResponse<String> response =
                    inbox(harness.token(AUDITED, "ava.sparks", "user.info.basic,video.publish"));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(code(response)).isEqualTo("scope_not_authorized");
        }

        @Test
        void allowsFivePendingSharesADay() {
            IntStream.range(0, 5)
                    .forEach(i -> assertThat(inbox(token).statusCode()).isEqualTo(200));
            harness.clock.advance(Duration.ofMinutes(1));

            HttpResponse<String> sixth = inbox(token);

            assertThat(sixth.statusCode()).isEqualTo(403);
            assertThat(code(sixth)).isEqualTo("spam_risk_too_many_pending_share");
        }
    }
}
