package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VideosTests {

    private static final String LIST = "/v2/video/list/";
    private static final String QUERY = "/v2/video/query/";
    private static final Set<VideoField> ID = Set.of(VideoField.ID);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StubTikTok stub = StubTikTok.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final TikTokClient client =
            Fixtures.clientFor(stub.baseUri(), new TestClock(), sleeper).build();

    @AfterEach
    void stopStub() {
        stub.close();
    }

    /** A page of videos with ids {@code first} to {@code first + count - 1}. */
    private static String page(int first, int count, long cursor, boolean hasMore) {
        String videos = IntStream.range(first, first + count)
                .mapToObj(i -> "{\"id\":\"74000000000000000" + String.format("%02d", i) + "\"}")
                .collect(Collectors.joining(","));
        return """
                {"data":{"videos":[%s],"cursor":%d,"has_more":%s},
                 "error":{"code":"ok","message":"","log_id":"20260301LOGOK"}}
                """.formatted(videos, cursor, hasMore);
    }

    private static JsonNode body(StubTikTok.Recorded request) {
        return JSON.readTree(request.body());
    }

    @Nested
    class VideoList {

        @Test
        void postsTheFieldsInTheQueryAndTheCursorAndCountInTheBody() {
            stub.answer(LIST, 200, page(0, 2, 1_700_000_000_000L, true));

            client.display()
                    .videoList(
                            Fixtures.ACCESS_TOKEN,
                            EnumSet.of(VideoField.VIEW_COUNT, VideoField.ID, VideoField.CREATE_TIME),
                            1_750_000_000_000L,
                            20);

            StubTikTok.Recorded request = stub.requests(LIST).getFirst();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("authorization")).isEqualTo("Bearer " + Fixtures.ACCESS_TOKEN);
            assertThat(request.header("content-type")).startsWith("application/json");
            assertThat(request.queryParameters()).containsEntry("fields", "id,create_time,view_count");
            assertThat(body(request).get("cursor").asLong()).isEqualTo(1_750_000_000_000L);
            assertThat(body(request).get("max_count").asInt()).isEqualTo(20);
        }

        @Test
        void leavesCursorAndCountToTikTokWhenNotGiven() {
            stub.answer(LIST, 200, page(0, 1, 5, false));

            client.display().videoList(Fixtures.ACCESS_TOKEN, ID);

            assertThat(body(stub.requests(LIST).getFirst()).propertyNames()).isEmpty();
        }

        @Test
        void readsEveryFieldOfTheVideoObject() {
            stub.answer(LIST, 200, """
                    {"data":{"videos":[{"id":7412345678901234567,"create_time":1767225600,
                      "cover_image_url":"https://cdn/c.jpeg","share_url":"https://tiktok/@a/video/1",
                      "video_description":"Desc #fyp","duration":"24","height":1920,"width":1080,"title":"Title 🎉",
                      "embed_html":"<blockquote></blockquote>","embed_link":"https://tiktok/player/v1/1",
                      "like_count":12,"comment_count":"3","share_count":4,"view_count":9876543210}],
                     "cursor":1767225600000,"has_more":false},
                     "error":{"code":"ok","message":"","log_id":"L"}}
                    """);

            VideoPage page = client.display().videoList(Fixtures.ACCESS_TOKEN, EnumSet.allOf(VideoField.class));

            Video video = page.videos().getFirst();
            assertThat(video.id()).isEqualTo("7412345678901234567");
            assertThat(video.createTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(video.coverImageUrl()).isEqualTo("https://cdn/c.jpeg");
            assertThat(video.shareUrl()).isEqualTo("https://tiktok/@a/video/1");
            assertThat(video.videoDescription()).isEqualTo("Desc #fyp");
            assertThat(video.duration()).isEqualTo(24);
            assertThat(video.height()).isEqualTo(1920);
            assertThat(video.width()).isEqualTo(1080);
            assertThat(video.title()).isEqualTo("Title 🎉");
            assertThat(video.embedHtml()).isEqualTo("<blockquote></blockquote>");
            assertThat(video.embedLink()).isEqualTo("https://tiktok/player/v1/1");
            assertThat(video.likeCount()).isEqualTo(12L);
            assertThat(video.commentCount()).isEqualTo(3L);
            assertThat(video.shareCount()).isEqualTo(4L);
            assertThat(video.viewCount()).isEqualTo(9_876_543_210L);
            assertThat(page.cursor()).isEqualTo(1_767_225_600_000L);
            assertThat(page.cursorTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(page.hasMore()).isFalse();
        }

        @Test
        void leavesFieldsThatWereNotReturnedNull() {
            stub.answer(LIST, 200, page(0, 1, 5, false));

            Video video = client.display()
                    .videoList(Fixtures.ACCESS_TOKEN, ID)
                    .videos()
                    .getFirst();

            assertThat(video.id()).isNotNull();
            assertThat(video.createTime()).isNull();
            assertThat(video.viewCount()).isNull();
        }

        @Test
        void refusesArgumentsOutsideTikToksLimitsWithoutSending() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> client.display().videoList(Fixtures.ACCESS_TOKEN, ID, null, 21))
                    .withMessageContaining("20");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> client.display().videoList(Fixtures.ACCESS_TOKEN, ID, null, 0));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> client.display().videoList(Fixtures.ACCESS_TOKEN, ID, -1L, 10));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> client.display().videoList(Fixtures.ACCESS_TOKEN, Set.of()));
            assertThat(stub.requests(LIST)).isEmpty();
        }

        @Test
        void reportsHasMoreWithoutACursorAsAnUnexpectedResponse() {
            stub.answer(LIST, 200, "{\"data\":{\"videos\":[],\"has_more\":true},\"error\":{\"code\":\"ok\"}}");

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.display().videoList(Fixtures.ACCESS_TOKEN, ID))
                    .satisfies(e -> assertThat(e.errorCode()).isEqualTo(TikTokApiException.UNEXPECTED_RESPONSE));
        }

        @Test
        void retriesA429BecauseListingOnlyReads() {
            stub.answer(LIST, 429, Fixtures.v2Error("rate_limit_exceeded", "Too many requests."))
                    .answer(LIST, 200, page(0, 1, 5, false));

            VideoPage page = client.display().videoList(Fixtures.ACCESS_TOKEN, ID);

            assertThat(page.videos()).hasSize(1);
            assertThat(stub.requests(LIST)).hasSize(2);
            assertThat(sleeper.pauses()).hasSize(1);
        }

        @Test
        void reportsAMissingScope() {
            stub.answer(LIST, 401, Fixtures.v2Error("scope_not_authorized", "video.list was not granted."));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() -> client.display().videoList(Fixtures.ACCESS_TOKEN, ID))
                    .satisfies(e -> {
                        assertThat(e.isScopeError()).isTrue();
                        assertThat(e.retryable()).isFalse();
                    });
            assertThat(stub.requests(LIST)).hasSize(1);
        }
    }

    @Nested
    class VideoQuery {

        private static List<String> ids(int count) {
            return IntStream.range(0, count)
                    .mapToObj(i -> "74000000000000000" + String.format("%02d", i))
                    .toList();
        }

        @Test
        void sendsTheIdsAsStringsUnderFiltersOnceEach() {
            stub.answer(QUERY, 200, page(0, 2, 0, false));

            List<Video> videos = client.display()
                    .videoQuery(Fixtures.ACCESS_TOKEN, ID, List.of(ids(2).get(0), ids(2).get(1), ids(2).get(0)));

            assertThat(videos).extracting(Video::id).containsExactlyElementsOf(ids(2));
            JsonNode sent = body(stub.requests(QUERY).getFirst());
            assertThat(sent.at("/filters/video_ids")).hasSize(2);
            assertThat(sent.at("/filters/video_ids/0").isString()).isTrue();
            assertThat(stub.requests(QUERY).getFirst().queryParameters()).containsEntry("fields", "id");
        }

        @Test
        void takesTwentyIdsAndRefusesTwentyOneBeforeSending() {
            stub.answer(QUERY, 200, page(0, 20, 0, false));

            assertThat(client.display().videoQuery(Fixtures.ACCESS_TOKEN, ID, ids(20)))
                    .hasSize(20);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> client.display().videoQuery(Fixtures.ACCESS_TOKEN, ID, ids(21)))
                    .withMessageContaining("1 to 20 video ids")
                    .withMessageContaining("got 21");
            assertThat(stub.requests(QUERY)).hasSize(1);
        }

        @Test
        void refusesNoIdsAndBlankIds() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> client.display().videoQuery(Fixtures.ACCESS_TOKEN, ID, List.of()));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> client.display().videoQuery(Fixtures.ACCESS_TOKEN, ID, List.of(" ")));
            assertThat(stub.requests(QUERY)).isEmpty();
        }

        @Test
        void readsAnAnswerWithoutVideosAsNone() {
            stub.answer(QUERY, 200, "{\"data\":{},\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"L\"}}");

            assertThat(client.display().videoQuery(Fixtures.ACCESS_TOKEN, ID, ids(1)))
                    .isEmpty();
        }
    }

    @Nested
    class Paging {

        @Test
        void followsHasMoreAcrossShortAndEmptyPages() {
            stub.answer(LIST, 200, page(0, 20, 9_000, true))
                    .answer(LIST, 200, page(20, 7, 8_000, true))
                    .answer(LIST, 200, page(0, 0, 7_000, true))
                    .answer(LIST, 200, page(27, 3, 6_000, false));

            List<Video> videos =
                    client.display().videos(Fixtures.ACCESS_TOKEN, ID).toList();

            assertThat(videos).hasSize(30).extracting(Video::id).doesNotHaveDuplicates();
            List<StubTikTok.Recorded> requests = stub.requests(LIST);
            assertThat(requests).hasSize(4);
            assertThat(body(requests.get(0)).has("cursor")).isFalse();
            assertThat(body(requests.get(1)).get("cursor").asLong()).isEqualTo(9_000);
            assertThat(body(requests.get(3)).get("cursor").asLong()).isEqualTo(7_000);
            assertThat(requests)
                    .allSatisfy(request ->
                            assertThat(body(request).get("max_count").asInt()).isEqualTo(20));
        }

        @Test
        void fetchesAPageOnlyWhenItIsNeeded() {
            stub.answer(LIST, 200, page(0, 5, 9_000, true)).answer(LIST, 200, page(5, 5, 8_000, true));

            var stream = client.display().videoPages(Fixtures.ACCESS_TOKEN, ID, 5);
            assertThat(stub.requests(LIST)).isEmpty();

            assertThat(stream.flatMap(page -> page.videos().stream()).limit(3).toList())
                    .hasSize(3);
            assertThat(stub.requests(LIST)).hasSize(1);
        }

        @Test
        void stopsWhenHasMoreIsFalseEvenOnAFullPage() {
            stub.answer(LIST, 200, page(0, 20, 9_000, false));

            assertThat(client.display()
                            .videoPages(Fixtures.ACCESS_TOKEN, ID, 20)
                            .count())
                    .isEqualTo(1);
            assertThat(stub.requests(LIST)).hasSize(1);
        }

        @Test
        void failsInsteadOfLoopingWhenTheCursorDoesNotMoveBack() {
            stub.answer(LIST, 200, page(0, 20, 9_000, true)).answer(LIST, 200, page(20, 20, 9_000, true));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() ->
                            client.display().videos(Fixtures.ACCESS_TOKEN, ID).toList())
                    .satisfies(e -> {
                        assertThat(e.errorCode()).isEqualTo(TikTokApiException.UNEXPECTED_RESPONSE);
                        assertThat(e.endpoint()).isEqualTo(LIST);
                        assertThat(e.retryable()).isFalse();
                    });
            assertThat(stub.requests(LIST)).hasSize(2);
        }

        @Test
        void failsWhenMorePagesFollowACursorOfZero() {
            stub.answer(LIST, 200, page(0, 0, 0, true));

            assertThatExceptionOfType(TikTokApiException.class)
                    .isThrownBy(() ->
                            client.display().videos(Fixtures.ACCESS_TOKEN, ID).toList());
        }

        @Test
        void refusesABadPageSizeAtTheCallNotAtTheFirstPage() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> client.display().videoPages(Fixtures.ACCESS_TOKEN, ID, 21));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> client.display().videoPages(Fixtures.ACCESS_TOKEN, Set.of(), 10));
        }
    }

    @Test
    void mapsTheVideoListScopeToEveryVideoField() {
        assertThat(VideoField.allowedBy(Set.of("user.info.basic", "video.list")))
                .containsExactlyInAnyOrder(VideoField.values());
        assertThat(VideoField.allowedBy(Set.of("user.info.basic"))).isEmpty();
        assertThat(VideoField.VIEW_COUNT.scope()).isEqualTo("video.list");
        assertThat(VideoField.COVER_IMAGE_URL.fieldName()).isEqualTo("cover_image_url");
    }
}
