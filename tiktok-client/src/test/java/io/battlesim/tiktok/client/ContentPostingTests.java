package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ContentPostingTests {

    private static final String CREATOR_INFO = "/v2/post/publish/creator_info/query/";
    private static final String VIDEO_INIT = "/v2/post/publish/video/init/";
    private static final String INBOX_INIT = "/v2/post/publish/inbox/video/init/";
    private static final String CONTENT_INIT = "/v2/post/publish/content/init/";
    private static final String STATUS = "/v2/post/publish/status/fetch/";
    private static final String CANCEL = "/v2/post/publish/cancel/";

    private final StubTikTok stub = StubTikTok.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final TikTokClient client =
            Fixtures.clientFor(stub.baseUri(), new TestClock(), sleeper).build();
    private final ContentPosting posting = client.contentPosting();

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void readsCreatorInfoWithABearerJsonPost() {
        stub.answer(CREATOR_INFO, 200, ok("""
                {"creator_avatar_url":"https://a/1.jpg","creator_username":"ava.sparks","creator_nickname":"Ava",
                 "privacy_level_options":["PUBLIC_TO_EVERYONE","MUTUAL_FOLLOW_FRIENDS","SELF_ONLY"],
                 "comment_disabled":false,"duet_disabled":true,"stitch_disabled":false,
                 "max_video_post_duration_sec":300}"""));

        CreatorInfo info = posting.creatorInfo(Fixtures.ACCESS_TOKEN);

        assertThat(info)
                .isEqualTo(new CreatorInfo(
                        "https://a/1.jpg",
                        "ava.sparks",
                        "Ava",
                        List.of("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"),
                        false,
                        true,
                        false,
                        300));
        StubTikTok.Recorded request = stub.requests(CREATOR_INFO).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("authorization")).isEqualTo("Bearer " + Fixtures.ACCESS_TOKEN);
        assertThat(request.header("content-type")).isEqualTo("application/json; charset=UTF-8");
    }

    @Test
    void treatsTheDailyCapSentWithHttp200AsAnError() {
        stub.answer(CREATOR_INFO, 200, Fixtures.v2Error("spam_risk_too_many_posts", "Too many posts today."));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> posting.creatorInfo(Fixtures.ACCESS_TOKEN))
                .satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo("spam_risk_too_many_posts");
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(stub.requests(CREATOR_INFO)).hasSize(1);
    }

    @Test
    void sendsADirectPostFileUploadWithTikToksFieldNames() {
        stub.answer(VIDEO_INIT, 200, ok("""
                {"publish_id":"v_pub_file~v2-1.123","upload_url":"https://open-upload.tiktokapis.com/video/?upload_id=1&upload_token=t"}"""));
        PostInfo post = new PostInfo("Battle #1 🎉", "SELF_ONLY", true, false, true, 1500, false, true, true);

        PublishTicket ticket = posting.initDirectVideo(
                Fixtures.ACCESS_TOKEN, post, MediaSource.fileUpload(ChunkPlan.of(50_000_123, 10_000_000)));

        assertThat(ticket.publishId()).isEqualTo("v_pub_file~v2-1.123");
        assertThat(ticket.uploadUrl())
                .contains(URI.create("https://open-upload.tiktokapis.com/video/?upload_id=1&upload_token=t"));
        assertThat(ticket.toString()).doesNotContain("upload_token");
        JsonNode body = json(stub.requests(VIDEO_INIT).get(0).body());
        assertThat(body.path("post_info").toString())
                .isEqualTo("{\"privacy_level\":\"SELF_ONLY\",\"title\":\"Battle #1 🎉\",\"disable_duet\":false,"
                        + "\"disable_stitch\":true,\"disable_comment\":true,\"video_cover_timestamp_ms\":1500,"
                        + "\"brand_content_toggle\":false,\"brand_organic_toggle\":true,\"is_aigc\":true}");
        assertThat(body.path("source_info").toString())
                .isEqualTo("{\"source\":\"FILE_UPLOAD\",\"video_size\":50000123,\"chunk_size\":10000000,"
                        + "\"total_chunk_count\":5}");
    }

    @Test
    void sendsAnInboxPullFromUrlWithoutPostInfo() {
        stub.answer(INBOX_INIT, 200, ok("{\"publish_id\":\"v_inbox_url~v2.1\"}"));

        PublishTicket ticket = posting.initInboxVideo(
                Fixtures.ACCESS_TOKEN, MediaSource.pullFromUrl(URI.create("https://cdn.example.com/v.mp4")));

        assertThat(ticket.uploadUrl()).isEmpty();
        assertThat(stub.requests(INBOX_INIT).get(0).body())
                .isEqualTo("{\"source_info\":{\"source\":\"PULL_FROM_URL\","
                        + "\"video_url\":\"https://cdn.example.com/v.mp4\"}}");
    }

    @Test
    void sendsAPhotoPostWithDirectPostSettings() {
        stub.answer(CONTENT_INIT, 200, ok("{\"publish_id\":\"p_pub_url~v2.1\"}"));
        PhotoPost post = new PhotoPost(
                PostMode.DIRECT_POST,
                "Result",
                "Ava beat Kai",
                "PUBLIC_TO_EVERYONE",
                false,
                true,
                false,
                false,
                List.of(URI.create("https://app.example.com/cards/1.jpg")),
                0);

        posting.initPhotos(Fixtures.ACCESS_TOKEN, post);

        JsonNode body = json(stub.requests(CONTENT_INIT).get(0).body());
        assertThat(body.path("media_type").asString()).isEqualTo("PHOTO");
        assertThat(body.path("post_mode").asString()).isEqualTo("DIRECT_POST");
        assertThat(body.path("post_info").path("auto_add_music").asBoolean()).isTrue();
        assertThat(body.path("post_info").path("privacy_level").asString()).isEqualTo("PUBLIC_TO_EVERYONE");
        assertThat(body.path("source_info").toString())
                .isEqualTo("{\"source\":\"PULL_FROM_URL\",\"photo_images\":[\"https://app.example.com/cards/1.jpg\"],"
                        + "\"photo_cover_index\":0}");
    }

    @Test
    void leavesDirectPostSettingsOutOfAMediaUpload() {
        stub.answer(CONTENT_INIT, 200, ok("{\"publish_id\":\"p_inbox_url~v2.1\"}"));
        PhotoPost post = new PhotoPost(
                PostMode.MEDIA_UPLOAD,
                "Result",
                null,
                null,
                false,
                false,
                false,
                false,
                List.of(URI.create("https://app.example.com/cards/1.jpg")),
                0);

        posting.initPhotos(Fixtures.ACCESS_TOKEN, post);

        assertThat(json(stub.requests(CONTENT_INIT).get(0).body())
                        .path("post_info")
                        .toString())
                .isEqualTo("{\"title\":\"Result\"}");
    }

    @Test
    void neverRetriesAnInitThatMayHaveReachedTikTok() {
        stub.answer(VIDEO_INIT, 500, Fixtures.v2Error("internal_error", "Try again."));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> posting.initDirectVideo(
                        Fixtures.ACCESS_TOKEN,
                        PostInfo.of(null, "SELF_ONLY"),
                        MediaSource.fileUpload(ChunkPlan.forSize(1000))))
                .satisfies(e -> assertThat(e.errorCode()).isEqualTo("internal_error"));
        assertThat(stub.requests(VIDEO_INIT)).hasSize(1);
    }

    @Test
    void neverRetriesAnInitWhoseConnectionDropped() {
        stub.dropConnection(VIDEO_INIT);

        assertThatExceptionOfType(TikTokTransportException.class)
                .isThrownBy(() -> posting.initDirectVideo(
                        Fixtures.ACCESS_TOKEN,
                        PostInfo.of(null, "SELF_ONLY"),
                        MediaSource.fileUpload(ChunkPlan.forSize(1000))));
        assertThat(stub.requests(VIDEO_INIT)).hasSize(1);
    }

    @Test
    void retriesAStatusFetchAfterAServerError() {
        stub.answer(STATUS, 503, Fixtures.v2Error("internal_error", "busy"))
                .answer(STATUS, 200, ok("{\"status\":\"PROCESSING_UPLOAD\",\"uploaded_bytes\":10000000}"));

        PublishStatus status = posting.fetchStatus(Fixtures.ACCESS_TOKEN, "v_pub_file~v2-1.123");

        assertThat(status.status()).isEqualTo(PublishState.PROCESSING_UPLOAD);
        assertThat(status.uploadedBytes()).isEqualTo(10_000_000);
        assertThat(stub.requests(STATUS)).hasSize(2);
        assertThat(stub.requests(STATUS).get(0).body()).isEqualTo("{\"publish_id\":\"v_pub_file~v2-1.123\"}");
    }

    @Test
    void readsTheMisspelledPostIdsAsText() {
        stub.answer(STATUS, 200, ok("""
                {"status":"PUBLISH_COMPLETE","publicaly_available_post_id":[7412345678901234567],"uploaded_bytes":5}"""));

        PublishStatus status = posting.fetchStatus(Fixtures.ACCESS_TOKEN, "p1");

        assertThat(status.publiclyAvailablePostIds()).containsExactly("7412345678901234567");
        assertThat(status.settled()).isTrue();
        assertThat(status.failReason()).isNull();
    }

    @Test
    void tellsWhichFailReasonsAreWorthANewAttempt() {
        stub.answer(STATUS, 200, ok("{\"status\":\"FAILED\",\"fail_reason\":\"video_pull_failed\"}"))
                .answer(STATUS, 200, ok("{\"status\":\"FAILED\",\"fail_reason\":\"duration_check_failed\"}"));

        assertThat(posting.fetchStatus(Fixtures.ACCESS_TOKEN, "p1").retryable()).isTrue();
        assertThat(posting.fetchStatus(Fixtures.ACCESS_TOKEN, "p1").retryable()).isFalse();
    }

    @Test
    void cancelsByPublishId() {
        stub.answer(CANCEL, 200, ok("{}"));

        posting.cancel(Fixtures.ACCESS_TOKEN, "v_pub_file~v2-1.123");

        assertThat(stub.requests(CANCEL).get(0).body()).isEqualTo("{\"publish_id\":\"v_pub_file~v2-1.123\"}");
    }

    @Test
    void reportsAnUncancellableTask() {
        stub.answer(CANCEL, 400, Fixtures.v2Error("publish_not_cancellable", "Already final."));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> posting.cancel(Fixtures.ACCESS_TOKEN, "p1"))
                .satisfies(e -> assertThat(e.errorCode()).isEqualTo("publish_not_cancellable"));
    }

    @Test
    void limitsInitsToSixPerMinutePerToken() {
        TikTokClient failFast =
                client.newBuilder().rateLimitMode(RateLimitMode.FAIL_FAST).build();
        stub.answer(INBOX_INIT, 200, ok("{\"publish_id\":\"v_inbox_url~v2.1\"}"));
        MediaSource source = MediaSource.pullFromUrl(URI.create("https://cdn.example.com/v.mp4"));
        for (int i = 0; i < 6; i++) {
            failFast.contentPosting().initInboxVideo(Fixtures.ACCESS_TOKEN, source);
        }

        assertThatExceptionOfType(TikTokRateLimitedException.class)
                .isThrownBy(() -> failFast.contentPosting().initInboxVideo(Fixtures.ACCESS_TOKEN, source));
        failFast.contentPosting().initInboxVideo("act.another-user-token-000000", source);
        assertThat(stub.requests(INBOX_INIT)).hasSize(7);
    }

    @Test
    void keepsTheAccessTokenOutOfErrors() {
        stub.answer(STATUS, 401, Fixtures.v2Error("access_token_invalid", "bad " + Fixtures.ACCESS_TOKEN));

        assertThatExceptionOfType(TikTokApiException.class)
                .isThrownBy(() -> posting.fetchStatus(Fixtures.ACCESS_TOKEN, "p1"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Fixtures.ACCESS_TOKEN));
    }

    static String ok(String data) {
        return "{\"data\":" + data + ",\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"20260301LOGOK\"}}";
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }
}
