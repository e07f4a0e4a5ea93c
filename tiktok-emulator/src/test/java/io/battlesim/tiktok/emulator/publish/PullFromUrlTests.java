package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.publish.PublishHarness.AUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.code;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class PullFromUrlTests {

    private static final String VIDEO = "/v2/post/publish/video/init/";
    private static final String PHOTO = "/v2/post/publish/content/init/";

    private final PublishHarness harness =
            PublishHarness.start(builder -> builder.rateLimit(PHOTO, 100).rateLimit(VIDEO, 100));
    private final MediaServer media = new MediaServer();
    private final String token = harness.token(AUDITED, PublishHarness.PUBLIC_CREATOR);

    @AfterEach
    void stop() {
        harness.close();
        media.close();
    }

    private HttpResponse<String> video(String path) {
        return harness.post(
                VIDEO,
                token,
                "{\"post_info\":{\"privacy_level\":\"PUBLIC_TO_EVERYONE\"},\"source_info\":{\"source\":\"PULL_FROM_URL\","
                        + "\"video_url\":\"" + media.url(path) + "\"}}");
    }

    private static String photoBody(String mode, String title, String description, String images, int cover) {
        return "{\"media_type\":\"PHOTO\",\"post_mode\":\"" + mode + "\",\"post_info\":{\"title\":\"" + title
                + "\",\"description\":\"" + description + "\",\"privacy_level\":\"PUBLIC_TO_EVERYONE\"},"
                + "\"source_info\":{\"source\":\"PULL_FROM_URL\",\"photo_images\":[" + images + "],"
                + "\"photo_cover_index\":" + cover + "}}";
    }

    private String images(String path, int count) {
        return Collections.nCopies(count, "\"" + media.url(path) + "\"").stream()
                .collect(Collectors.joining(","));
    }

    private String publishId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).at("/data/publish_id").asString();
    }

    @Nested
    class Ownership {

        @Test
        void refusesAUrlOnAnUnverifiedDomain() {
            HttpResponse<String> response = video("/media/clip.mp4");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("url_ownership_unverified");
        }

        @Test
        void acceptsAUrlUnderAVerifiedPrefixOnly() {
            harness.publishing.verifyUrlPrefix(media.url("/media/"));

            assertThat(video("/media/clip.mp4").statusCode()).isEqualTo(200);
            assertThat(video("/other/clip.mp4").statusCode()).isEqualTo(403);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "/media/../other/clip.mp4",
                    "/media/%2e%2e/other/clip.mp4",
                    "/media/.%2E/other/clip.mp4",
                    "/media/x/../../other/clip.mp4",
                    "/media/..\\\\other/clip.mp4",
                    "/media/..%2fother/clip.mp4",
                    "/media/..%5Cother/clip.mp4"
                })
        void refusesAUrlWhosePathLeavesTheVerifiedPrefix(String path) {
            harness.publishing.verifyUrlPrefix(media.prefix());

            HttpResponse<String> response = video(path);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("url_ownership_unverified");
        }

        @Test
        void pullsTheNormalisedUrlWhenDotSegmentsStayInsideThePrefix() {
            harness.publishing.verifyUrlPrefix(media.prefix());

            HttpResponse<String> response = video("/media/old/./../%63lip.mp4");

            JsonNode status = harness.awaitStatus(token, publishId(response), "PUBLISH_COMPLETE");
            assertThat(status.get("downloaded_bytes").asLong()).isEqualTo(MediaServer.VIDEO_BYTES);
        }

        @Test
        void coversSubdomainsOfAVerifiedDomainButNotItsParent() {
            harness.publishing.verifyDomain("static.example.com");
            String body = "{\"post_info\":{\"privacy_level\":\"SELF_ONLY\"},\"source_info\":{\"source\":"
                    + "\"PULL_FROM_URL\",\"video_url\":\"https://%s/v.mp4\"}}";

            assertThat(harness.post(VIDEO, token, body.formatted("video.static.example.com"))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(harness.post(VIDEO, token, body.formatted("example.com")).statusCode())
                    .isEqualTo(403);
        }

        @Test
        void refusesPlainHttpOutsideLoopbackAsInvalid() {
            harness.publishing.verifyDomain("example.com");

            HttpResponse<String> response = harness.post(
                    VIDEO,
                    token,
                    "{\"post_info\":{\"privacy_level\":\"SELF_ONLY\"},\"source_info\":{\"source\":\"PULL_FROM_URL\","
                            + "\"video_url\":\"http://example.com/v.mp4\"}}");

            assertThat(response.statusCode()).isEqualTo(400);
        }

        @Test
        void refusesAPrefixThatDoesNotEndInASlash() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> harness.publishing.verifyUrlPrefix("https://example.com/media"));
        }

        @Test
        void verifiesThroughTheStatusPageForm() {
            HttpResponse<String> response = harness.send(harness.request("/publish/verify")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("property=" + PublishHarness.encode(media.prefix())))
                    .build());

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(harness.publishing.verifiedProperties()).contains(media.prefix());
            assertThat(harness.get("/").body()).contains(media.prefix());
        }
    }

    @Nested
    class Videos {

        @Test
        void downloadsTheVideoAndPublishes() {
            harness.publishing.verifyUrlPrefix(media.prefix());
            HttpResponse<String> response = video("/media/clip.mp4");

            assertThat(json(response).at("/data/publish_id").asString()).startsWith("v_pub_url~v2.");
            assertThat(json(response).at("/data/upload_url").isMissingNode()).isTrue();
            JsonNode status = harness.awaitStatus(token, publishId(response), "PUBLISH_COMPLETE");
            assertThat(status.get("downloaded_bytes").asLong()).isEqualTo(MediaServer.VIDEO_BYTES);
        }

        @Test
        void failsWithVideoPullFailedOnA404() {
            harness.publishing.verifyUrlPrefix(media.prefix());

            JsonNode status = harness.awaitStatus(token, publishId(video("/media/missing.mp4")), "FAILED");

            assertThat(status.get("fail_reason").asString()).isEqualTo("video_pull_failed");
        }

        @Test
        void failsWithVideoPullFailedOnARedirect() {
            harness.publishing.verifyUrlPrefix(media.prefix());

            JsonNode status = harness.awaitStatus(token, publishId(video("/media/moved.mp4")), "FAILED");

            assertThat(status.get("fail_reason").asString()).isEqualTo("video_pull_failed");
        }

        @Test
        void goesThroughTheInboxForAnInboxUpload() {
            harness.publishing.verifyUrlPrefix(media.prefix());
            harness.publishing.timetable(new PublishTimetable(
                    java.time.Duration.ZERO,
                    java.time.Duration.ZERO,
                    java.time.Duration.ZERO,
                    java.time.Duration.ZERO,
                    false));
            HttpResponse<String> response = harness.post(
                    "/v2/post/publish/inbox/video/init/",
                    token,
                    "{\"source_info\":{\"source\":\"PULL_FROM_URL\",\"video_url\":\"" + media.url("/media/clip.mp4")
                            + "\"}}");
            String publishId = publishId(response);

            harness.awaitStatus(token, publishId, "SEND_TO_USER_INBOX");
            harness.publishing.postFromInbox(publishId);

            assertThat(publishId).startsWith("v_inbox_url~v2.");
            assertThat(harness.awaitStatus(token, publishId, "PUBLISH_COMPLETE").get("publicaly_available_post_id"))
                    .hasSize(1);
        }
    }

    @Nested
    class Photos {

        @Test
        void postsPhotosDirectly() {
            harness.publishing.verifyUrlPrefix(media.prefix());

            HttpResponse<String> response = harness.post(
                    PHOTO,
                    token,
                    photoBody(
                            "DIRECT_POST",
                            "Result",
                            "Ava wins",
                            images("/media/card.jpg", 2) + ",\"" + media.url("/media/card.webp") + "\"",
                            2));

            assertThat(json(response).at("/data/publish_id").asString()).startsWith("p_pub_url~v2.");
            JsonNode status = harness.awaitStatus(token, publishId(response), "PUBLISH_COMPLETE");
            assertThat(status.get("downloaded_bytes").asLong()).isEqualTo(5_000);
        }

        @Test
        void sendsAMediaUploadToTheInbox() {
            harness.publishing.verifyUrlPrefix(media.prefix());

            HttpResponse<String> response = harness.post(
                    PHOTO, token, photoBody("MEDIA_UPLOAD", "Result", "", images("/media/card.jpg", 1), 0));

            assertThat(json(response).at("/data/publish_id").asString()).startsWith("p_inbox_url~v2.");
            harness.awaitStatus(token, publishId(response), "PUBLISH_COMPLETE");
        }

        @Test
        void failsAPngWithFileFormatCheckFailed() {
            harness.publishing.verifyUrlPrefix(media.prefix());

            HttpResponse<String> response =
                    harness.post(PHOTO, token, photoBody("DIRECT_POST", "", "", images("/media/card.png", 1), 0));

            assertThat(harness.awaitStatus(token, publishId(response), "FAILED")
                            .get("fail_reason")
                            .asString())
                    .isEqualTo("file_format_check_failed");
        }

        @Test
        void failsAMissingPhotoWithPhotoPullFailed() {
            harness.publishing.verifyUrlPrefix(media.prefix());

            HttpResponse<String> response =
                    harness.post(PHOTO, token, photoBody("DIRECT_POST", "", "", images("/media/gone.jpg", 1), 0));

            assertThat(harness.awaitStatus(token, publishId(response), "FAILED")
                            .get("fail_reason")
                            .asString())
                    .isEqualTo("photo_pull_failed");
        }

        @Test
        void takes35PhotosButNot36() {
            harness.publishing.verifyUrlPrefix(media.prefix());

            HttpResponse<String> fits =
                    harness.post(PHOTO, token, photoBody("DIRECT_POST", "", "", images("/media/card.jpg", 35), 34));
            HttpResponse<String> tooMany =
                    harness.post(PHOTO, token, photoBody("DIRECT_POST", "", "", images("/media/card.jpg", 36), 0));
            HttpResponse<String> none = harness.post(PHOTO, token, photoBody("DIRECT_POST", "", "", "", 0));

            assertThat(fits.statusCode()).isEqualTo(200);
            assertThat(code(tooMany)).isEqualTo("invalid_param");
            assertThat(code(none)).isEqualTo("invalid_param");
        }

        @Test
        void refusesACoverIndexOutsideThePhotos() {
            harness.publishing.verifyUrlPrefix(media.prefix());

            HttpResponse<String> response =
                    harness.post(PHOTO, token, photoBody("DIRECT_POST", "", "", images("/media/card.jpg", 2), 2));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(code(response)).isEqualTo("invalid_param");
        }

        @Test
        void limitsTheTitleTo90AndTheDescriptionTo4000Utf16Units() {
            harness.publishing.verifyUrlPrefix(media.prefix());
            String one = images("/media/card.jpg", 1);

            assertThat(harness.post(PHOTO, token, photoBody("DIRECT_POST", "é".repeat(90), "d".repeat(4000), one, 0))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(code(harness.post(PHOTO, token, photoBody("DIRECT_POST", "🎉".repeat(46), "", one, 0))))
                    .isEqualTo("invalid_param");
            assertThat(code(harness.post(PHOTO, token, photoBody("DIRECT_POST", "", "d".repeat(4001), one, 0))))
                    .isEqualTo("invalid_param");
        }

        @Test
        void refusesAnythingButPhotoAndTheTwoModes() {
            String one = images("/media/card.jpg", 1);

            assertThat(code(harness.post(
                            PHOTO,
                            token,
                            photoBody("DIRECT_POST", "", "", one, 0).replace("PHOTO", "VIDEO"))))
                    .isEqualTo("invalid_param");
            assertThat(code(harness.post(PHOTO, token, photoBody("DIRECT POST", "", "", one, 0))))
                    .isEqualTo("invalid_param");
        }

        @Test
        void refusesUnverifiedPhotoUrls() {
            HttpResponse<String> response =
                    harness.post(PHOTO, token, photoBody("DIRECT_POST", "", "", images("/media/card.jpg", 1), 0));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("url_ownership_unverified");
        }

        @Test
        void needsVideoUploadForMediaUpload() {
            HttpResponse<String> response = harness.post(
                    PHOTO,
                    harness.token(AUDITED, "ava.sparks", "user.info.basic,video.publish"),
                    photoBody("MEDIA_UPLOAD", "", "", images("/media/card.jpg", 1), 0));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(code(response)).isEqualTo("scope_not_authorized");
        }
    }
}
