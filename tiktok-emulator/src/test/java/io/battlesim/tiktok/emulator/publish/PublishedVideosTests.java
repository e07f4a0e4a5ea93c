package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.publish.PublishHarness.AUDITED;
import static io.battlesim.tiktok.emulator.publish.PublishHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Public posts made through Content Posting show up in the creator's video list. */
class PublishedVideosTests {

    private static final String VIDEO = "/v2/post/publish/video/init/";
    private static final String PHOTO = "/v2/post/publish/content/init/";
    private static final String FIELDS = "id,create_time,title,video_description,view_count,like_count,height";

    private final PublishHarness harness = PublishHarness.start(
            builder -> builder.rateLimit(PHOTO, 100).rateLimit(VIDEO, 100).accessTokenTtl(Duration.ofDays(30)));
    private final MediaServer media = new MediaServer();
    private final String token = harness.token(AUDITED, PublishHarness.PUBLIC_CREATOR);

    @AfterEach
    void stop() {
        harness.close();
        media.close();
    }

    private String postVideo(String title, String privacy) {
        harness.publishing.verifyUrlPrefix(media.prefix());
        HttpResponse<String> response = harness.post(
                VIDEO,
                token,
                "{\"post_info\":{\"title\":\"" + title + "\",\"privacy_level\":\"" + privacy + "\"},"
                        + "\"source_info\":{\"source\":\"PULL_FROM_URL\",\"video_url\":\""
                        + media.url("/media/clip.mp4") + "\"}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).at("/data/publish_id").asString();
    }

    private JsonNode newest() {
        HttpResponse<String> response = harness.post("/v2/video/list/?fields=" + FIELDS, token, "{\"max_count\":1}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).at("/data/videos/0");
    }

    private long videoCount() {
        HttpResponse<String> response = harness.send(harness.request("/v2/user/info/?fields=video_count")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        return json(response).at("/data/user/video_count").asLong();
    }

    @Test
    void listsAPublicVideoPostUnderItsPublicPostIdWithCountsFromZero() { // GH-11
        long before = videoCount();
        String publishId = postVideo("Battle recap 🎉 #tiktokbattle", "PUBLIC_TO_EVERYONE");

        JsonNode status = harness.awaitStatus(token, publishId, "PUBLISH_COMPLETE");
        String postId = status.get("publicaly_available_post_id").get(0).asString();

        JsonNode video = newest();
        assertThat(video.get("id").asString()).isEqualTo(postId);
        assertThat(video.get("title").asString()).isEqualTo("Battle recap 🎉 #tiktokbattle");
        assertThat(video.get("video_description").asString()).isEqualTo("Battle recap 🎉 #tiktokbattle");
        assertThat(video.get("create_time").asLong())
                .isEqualTo(harness.clock.instant().getEpochSecond());
        assertThat(video.get("view_count").asLong()).isZero();
        assertThat(videoCount()).isEqualTo(before + 1);
        harness.clock.advance(Duration.ofDays(1));
        assertThat(newest().get("view_count").asLong()).isPositive();
    }

    @Test
    void listsAPublicPhotoPostWithItsTitleAndDescription() {
        harness.publishing.verifyUrlPrefix(media.prefix());
        String images = "\"" + media.url("/media/card.jpg") + "\",\"" + media.url("/media/card.jpg") + "\"";
        HttpResponse<String> response = harness.post(
                PHOTO,
                token,
                "{\"media_type\":\"PHOTO\",\"post_mode\":\"DIRECT_POST\",\"post_info\":{\"title\":\"Result card\","
                        + "\"description\":\"Ava won by 1,200 coins\",\"privacy_level\":\"PUBLIC_TO_EVERYONE\"},"
                        + "\"source_info\":{\"source\":\"PULL_FROM_URL\",\"photo_images\":[" + images + "],"
                        + "\"photo_cover_index\":0}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String postId = harness.awaitStatus(
                        token, json(response).at("/data/publish_id").asString(), "PUBLISH_COMPLETE")
                .get("publicaly_available_post_id")
                .get(0)
                .asString();

        JsonNode video = newest();
        assertThat(video.get("id").asString()).isEqualTo(postId);
        assertThat(video.get("title").asString()).isEqualTo("Result card");
        assertThat(video.get("video_description").asString()).isEqualTo("Ava won by 1,200 coins");
        assertThat(video.get("height").asInt()).isEqualTo(1440);
    }

    @Test
    void neverListsAPrivatePost() {
        String newestBefore = newest().get("id").asString();

        harness.awaitStatus(token, postVideo("Just for me", "SELF_ONLY"), "PUBLISH_COMPLETE");

        assertThat(newest().get("id").asString()).isEqualTo(newestBefore);
    }

    @Test
    void dropsAPostThatIsTakenDownFromListAndQuery() {
        String postId = harness.awaitStatus(token, postVideo("Gone soon", "PUBLIC_TO_EVERYONE"), "PUBLISH_COMPLETE")
                .get("publicaly_available_post_id")
                .get(0)
                .asString();
        assertThat(newest().get("id").asString()).isEqualTo(postId);

        assertThat(harness.publishing.takeDown(Long.parseLong(postId))).isTrue();

        assertThat(newest().get("id").asString()).isNotEqualTo(postId);
        HttpResponse<String> query =
                harness.post("/v2/video/query/?fields=id", token, "{\"filters\":{\"video_ids\":[\"" + postId + "\"]}}");
        List<String> ids = new ArrayList<>();
        json(query).at("/data/videos").forEach(video -> ids.add(video.get("id").asString()));
        assertThat(ids).isEmpty();
    }
}
