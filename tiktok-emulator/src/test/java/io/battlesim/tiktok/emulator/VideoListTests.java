package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.START;
import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.videos.Video;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VideoListTests {

    private static final String ALL_FIELDS = "id,create_time,cover_image_url,share_url,video_description,duration,"
            + "height,width,title,embed_html,embed_link,like_count,comment_count,share_count,view_count";

    // Tokens outlive the month these tests move the clock by.
    private final EmulatorHarness harness =
            EmulatorHarness.start(builder -> builder.accessTokenTtl(Duration.ofDays(60)));
    private final SandboxAccount ava = harness.emulator.account("ava.sparks").orElseThrow();

    @AfterEach
    void stop() {
        harness.close();
    }

    private List<Video> catalogue(Instant at) {
        return harness.emulator.videos().videos(ava.openId(), at);
    }

    private List<String> listedIds(Instant at) {
        return catalogue(at).stream().filter(Video::listed).map(Video::id).toList();
    }

    private static void assertApiError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).get("data").isEmpty()).isTrue();
        assertThat(json(response).at("/error/code").asString()).isEqualTo(code);
        assertThat(json(response).at("/error/log_id").asString()).isNotBlank();
    }

    private static List<String> ids(JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.get("videos").forEach(video -> ids.add(video.get("id").asString()));
        return ids;
    }

    @Nested
    class Paging {

        private final String token = harness.accessToken("ava.sparks", ALL_SCOPES);

        private JsonNode page(String body) {
            HttpResponse<String> response = harness.videoList(token, "id,create_time", body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("ok");
            return json(response).get("data");
        }

        @Test
        void walksEveryPageOfTheBiggestCatalogueNewestFirstWithoutGapsOrDuplicates() { // GH-11
            List<String> walked = new ArrayList<>();
            List<Long> createTimes = new ArrayList<>();
            int pages = 0;
            int shortPagesWithMore = 0;
            JsonNode data = page("{\"max_count\":20}");
            while (true) {
                pages++;
                data.get("videos").forEach(video -> {
                    walked.add(video.get("id").asString());
                    createTimes.add(video.get("create_time").asLong());
                });
                if (!data.get("has_more").asBoolean()) {
                    break;
                }
                shortPagesWithMore += data.get("videos").size() < 20 ? 1 : 0;
                data = page("{\"max_count\":20,\"cursor\":" + data.get("cursor").asLong() + "}");
            }

            assertThat(walked).hasSizeGreaterThanOrEqualTo(300).doesNotHaveDuplicates();
            assertThat(walked).containsExactlyElementsOf(listedIds(START));
            assertThat(createTimes).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            assertThat(new HashSet<>(createTimes)).hasSameSizeAs(createTimes);
            assertThat(pages).isGreaterThan(15);
            assertThat(shortPagesWithMore)
                    .as("TikTok's trust-and-safety filtering shortens some pages")
                    .isPositive();
        }

        @Test
        void answersTenVideosByDefaultAndTwentyAtMost() {
            assertThat(page("{}").get("videos")).hasSize(10);
            assertThat(ids(page("{\"max_count\":20}")))
                    .containsExactlyElementsOf(catalogue(START).stream()
                            .limit(20)
                            .filter(Video::listed)
                            .map(Video::id)
                            .toList());
        }

        @Test
        void acceptsAnEmptyBodyAsAllDefaults() {
            HttpResponse<String> response = harness.send(harness.request("/v2/video/list/?fields=id")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json(response).at("/data/videos")).hasSize(10);
        }

        @Test
        void refusesMaxCountsOutsideOneToTwenty() {
            for (String maxCount : List.of("21", "0", "-3", "\"10\"", "2.5")) {
                assertApiError(
                        harness.videoList(token, "id", "{\"max_count\":" + maxCount + "}"), 400, "invalid_params");
            }
        }

        @Test
        void returnsOnlyVideosPostedStrictlyBeforeTheCursorInMilliseconds() {
            Video fifth = catalogue(START).get(4);
            long millis = fifth.createTime().toEpochMilli();

            List<String> before = ids(page("{\"max_count\":3,\"cursor\":" + millis + "}"));
            List<String> including = ids(page("{\"max_count\":3,\"cursor\":" + (millis + 1) + "}"));

            assertThat(before).doesNotContain(fifth.id());
            assertThat(catalogue(START).stream().map(Video::id).toList().indexOf(before.getFirst()))
                    .isGreaterThan(4);
            assertThat(including.getFirst()).isEqualTo(fifth.id());
        }

        @Test
        void pointsTheCursorAtTheLastVideosCreateTimeInMilliseconds() {
            JsonNode data = page("{\"max_count\":5}");

            long lastCreateTime = data.get("videos").get(4).get("create_time").asLong();
            assertThat(data.get("cursor").asLong()).isEqualTo(lastCreateTime * 1000);
            assertThat(data.get("has_more").asBoolean()).isTrue();
        }

        @Test
        void movesTheCursorPastAFilteredVideoOnAShortPage() {
            Video hidden = catalogue(START).stream()
                    .filter(video -> !video.listed())
                    .findFirst()
                    .orElseThrow();
            long cursor = hidden.createTime().toEpochMilli() + 1;

            JsonNode data = page("{\"max_count\":1,\"cursor\":" + cursor + "}");

            assertThat(data.get("videos")).isEmpty();
            assertThat(data.get("has_more").asBoolean()).isTrue();
            assertThat(data.get("cursor").asLong())
                    .isEqualTo(hidden.createTime().toEpochMilli());
        }

        @Test
        void endsWithAnEmptyPageBeforeTheFirstVideo() {
            long first = catalogue(START).getLast().createTime().toEpochMilli();

            JsonNode data = page("{\"cursor\":" + first + "}");

            assertThat(data.get("videos")).isEmpty();
            assertThat(data.get("has_more").asBoolean()).isFalse();
        }

        @Test
        void showsAVideoOnceTheEmulatorClockReachesItsPostingTime() {
            Video next = harness.emulator.videos().videos(ava.openId(), START.plusSeconds(86_400 * 30)).stream()
                    .filter(video -> video.createTime().isAfter(START))
                    .reduce((newer, older) -> older)
                    .orElseThrow();
            assertThat(ids(page("{}"))).doesNotContain(next.id());

            harness.clock.set(next.createTime());

            assertThat(ids(page("{\"max_count\":1}"))).containsExactly(next.id());
        }
    }

    @Nested
    class VideoObjects {

        private final String token = harness.accessToken("ava.sparks", ALL_SCOPES);

        @Test
        void answersOnlyTheRequestedFieldsWithIdsAsStrings() {
            JsonNode video = json(harness.videoList(token, "title,id", "{\"max_count\":1}"))
                    .at("/data/videos/0");

            assertThat(video.propertyNames()).containsExactly("title", "id");
            assertThat(video.get("id").isString()).isTrue();
            assertThat(video.get("id").asString()).matches("[0-9]{19}");
        }

        @Test
        void writesEveryFieldOfTheVideoObject() {
            Video newest = catalogue(START).getFirst();

            JsonNode video = json(harness.videoList(token, ALL_FIELDS, "{\"max_count\":1}"))
                    .at("/data/videos/0");

            String base = harness.server.baseUrl().toString();
            assertThat(video.propertyNames()).hasSize(15);
            assertThat(video.get("id").asString()).isEqualTo(newest.id());
            assertThat(video.get("create_time").asLong())
                    .isEqualTo(newest.createTime().getEpochSecond());
            assertThat(video.get("title").asString()).isEqualTo(newest.title()).hasSizeLessThanOrEqualTo(150);
            assertThat(video.get("video_description").asString()).isEqualTo(newest.description());
            assertThat(video.get("duration").asInt()).isPositive();
            assertThat(video.get("width").asInt()).isPositive();
            assertThat(video.get("height").asInt()).isPositive();
            assertThat(video.get("cover_image_url").asString())
                    .startsWith(base + "/covers/" + newest.id() + ".svg?x-expires=");
            assertThat(video.get("share_url").asString())
                    .isEqualTo(base + "/@ava.sparks/video/" + newest.id() + "?utm_campaign=tt4d_open_api&utm_source="
                            + EmulatorHarness.WEB.clientKey());
            assertThat(video.get("embed_link").asString()).startsWith(base + "/player/v1/" + newest.id() + "?");
            assertThat(video.get("embed_html").asString())
                    .startsWith("<blockquote class=\"tiktok-embed\"")
                    .contains("data-video-id=\"" + newest.id() + "\"");
            assertThat(video.get("view_count").asLong())
                    .isGreaterThanOrEqualTo(video.get("like_count").asLong());
            assertThat(video.get("like_count").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(video.get("comment_count").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(video.get("share_count").asLong()).isGreaterThanOrEqualTo(0);
        }

        @Test
        void servesTheShareUrlAndThePlayerAsPages() {
            JsonNode video = json(harness.videoList(token, "share_url,embed_link,title", "{\"max_count\":1}"))
                    .at("/data/videos/0");

            HttpResponse<String> share = harness.send(HttpRequest.newBuilder(
                            java.net.URI.create(video.get("share_url").asString()))
                    .build());
            HttpResponse<String> player = harness.send(HttpRequest.newBuilder(
                            java.net.URI.create(video.get("embed_link").asString()))
                    .build());

            assertThat(share.statusCode()).isEqualTo(200);
            assertThat(share.body()).contains("views");
            assertThat(player.statusCode()).isEqualTo(200);
            assertThat(player.headers().firstValue("x-frame-options")).isEmpty();
        }
    }

    @Nested
    class Refusals {

        @Test
        void refusesUnknownFieldsAsUserInfoDoes() {
            String token = harness.accessToken("ava.sparks", ALL_SCOPES);

            HttpResponse<String> response = harness.videoList(token, "id,email", "{}");

            assertApiError(response, 400, "invalid_params");
            assertThat(json(response).at("/error/message").asString()).contains("email");
        }

        @Test
        void refusesAMissingFieldsParameter() {
            String token = harness.accessToken("ava.sparks", ALL_SCOPES);

            assertApiError(harness.postJson("/v2/video/list/", token, "{}"), 400, "invalid_params");
        }

        @Test
        void refusesATokenWithoutVideoList() {
            String token = harness.accessToken("ava.sparks", "user.info.basic,user.info.stats");

            assertApiError(harness.videoList(token, "id", "{}"), 401, "scope_not_authorized");
        }

        @Test
        void refusesAnUnknownToken() {
            assertApiError(harness.videoList("act.never-issued", "id", "{}"), 401, "access_token_invalid");
        }

        @Test
        void refusesABodyThatIsNotAJsonObject() {
            String token = harness.accessToken("ava.sparks", ALL_SCOPES);

            assertApiError(harness.videoList(token, "id", "[1,2]"), 400, "invalid_params");
            assertApiError(harness.videoList(token, "id", "{\"max_count\":"), 400, "invalid_params");
            assertApiError(harness.videoList(token, "id", "{\"cursor\":-1}"), 400, "invalid_params");
        }

        @Test
        void refusesAGet() {
            String token = harness.accessToken("ava.sparks", ALL_SCOPES);

            HttpResponse<String> response =
                    harness.get("/v2/video/list/?fields=id", "Authorization", "Bearer " + token);

            assertThat(response.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void answers429AfterTheConfiguredLimitPerToken() {
        try (EmulatorHarness limited = EmulatorHarness.start(builder -> builder.rateLimit("/v2/video/list/", 3))) {
            String token = limited.accessToken("ava.sparks", ALL_SCOPES);
            String other = limited.accessToken("ava.sparks", ALL_SCOPES);

            int[] statuses = IntStream.range(0, 4)
                    .map(i -> limited.videoList(token, "id", "{}").statusCode())
                    .toArray();

            assertThat(statuses).containsExactly(200, 200, 200, 429);
            HttpResponse<String> refused = limited.videoList(token, "id", "{}");
            assertThat(json(refused).at("/error/code").asString()).isEqualTo("rate_limit_exceeded");
            assertThat(limited.videoList(other, "id", "{}").statusCode()).isEqualTo(200);
            assertThat(limited.userInfo(token, "open_id").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void limitsEveryCreatorToTheirOwnVideos() {
        SandboxAccount ivy = harness.emulator.account("ivy.reads").orElseThrow();
        String token = harness.accessToken("ivy.reads", ALL_SCOPES);

        List<String> ids =
                ids(json(harness.videoList(token, "id", "{\"max_count\":20}")).get("data"));

        Set<String> ivys = new HashSet<>(harness.emulator.videos().videos(ivy.openId(), START).stream()
                .map(Video::id)
                .toList());
        assertThat(ids).isNotEmpty().allMatch(ivys::contains);
        assertThat(ids).hasSizeLessThan(20);
    }
}
