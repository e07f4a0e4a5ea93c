package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.START;
import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.videos.Video;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VideoQueryTests {

    private final EmulatorHarness harness = EmulatorHarness.start();
    private final SandboxAccount ava = harness.emulator.account("ava.sparks").orElseThrow();
    private final SandboxAccount leo = harness.emulator.account("leo.beats").orElseThrow();
    private final String token = harness.accessToken("ava.sparks", ALL_SCOPES);

    @AfterEach
    void stop() {
        harness.close();
    }

    private List<String> avasIds(int count) {
        return harness.emulator.videos().videos(ava.openId(), START).stream()
                .limit(count)
                .map(Video::id)
                .toList();
    }

    private static String body(List<String> ids) {
        return "{\"filters\":{\"video_ids\":["
                + ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "]}}";
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response)
                .at("/data/videos")
                .forEach(video -> ids.add(video.get("id").asString()));
        return ids;
    }

    private static void assertInvalidParams(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asString()).isEqualTo("invalid_params");
    }

    @Test
    void answersTheUsersOwnVideosInRequestOrderUnderDataVideosOnly() {
        List<String> three = avasIds(3).reversed();

        HttpResponse<String> response = harness.videoQuery(token, "id,title,view_count", body(three));

        assertThat(ids(response)).containsExactlyElementsOf(three);
        assertThat(json(response).get("data").propertyNames()).containsExactly("videos");
        assertThat(json(response).at("/data/videos/0").propertyNames()).containsExactly("id", "title", "view_count");
    }

    @Test
    void leavesOtherCreatorsAndUnknownIdsOutSilently() {
        String leos =
                harness.emulator.videos().videos(leo.openId(), START).getFirst().id();
        String avas = avasIds(1).getFirst();

        List<String> ids = ids(harness.videoQuery(token, "id", body(List.of(leos, avas, "7000000000000000000"))));

        assertThat(ids).containsExactly(avas);
    }

    @Test
    void answersAVideoTheListFiltersOut() {
        Video hidden = harness.emulator.videos().videos(ava.openId(), START).stream()
                .filter(video -> !video.listed())
                .findFirst()
                .orElseThrow();

        assertThat(ids(harness.videoQuery(token, "id", body(List.of(hidden.id())))))
                .containsExactly(hidden.id());
    }

    @Test
    void leavesOutAVideoNotPostedYet() {
        Video upcoming = harness.emulator.videos().videos(ava.openId(), START.plus(Duration.ofDays(30))).stream()
                .filter(video -> video.createTime().isAfter(START))
                .findFirst()
                .orElseThrow();

        assertThat(ids(harness.videoQuery(token, "id", body(List.of(upcoming.id())))))
                .isEmpty();
    }

    @Test
    void takesTwentyIdsAndRefusesTwentyOne() {
        List<String> twentyOne = avasIds(21);

        assertThat(ids(harness.videoQuery(token, "id", body(twentyOne.subList(0, 20)))))
                .hasSize(20);
        HttpResponse<String> refused = harness.videoQuery(token, "id", body(twentyOne));
        assertInvalidParams(refused);
        assertThat(json(refused).at("/error/message").asString()).contains("20");
    }

    @Test
    void refusesMissingEmptyOrNumericIds() {
        assertInvalidParams(harness.videoQuery(token, "id", "{}"));
        assertInvalidParams(harness.videoQuery(token, "id", "{\"filters\":{}}"));
        assertInvalidParams(harness.videoQuery(token, "id", body(List.of())));
        assertInvalidParams(harness.videoQuery(token, "id", "{\"filters\":{\"video_ids\":[7123456789012345678]}}"));
    }

    @Test
    void refusesATokenWithoutVideoList() {
        String basic = harness.accessToken("ava.sparks", "user.info.basic");

        HttpResponse<String> response = harness.videoQuery(basic, "id", body(avasIds(1)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).at("/error/code").asString()).isEqualTo("scope_not_authorized");
    }

    @Test
    void refusesUnknownFields() {
        assertInvalidParams(harness.videoQuery(token, "id,music", body(avasIds(1))));
    }

    @Test
    void answers429AfterItsOwnLimitPerToken() {
        try (EmulatorHarness limited = EmulatorHarness.start(builder -> builder.rateLimit("/v2/video/query/", 2))) {
            String limitedToken = limited.accessToken("ava.sparks", ALL_SCOPES);
            String id = limited.emulator
                    .videos()
                    .videos(ava.openId(), START)
                    .getFirst()
                    .id();

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(limited.videoQuery(limitedToken, "id", body(List.of(id)))
                        .statusCode());
            }

            assertThat(statuses).containsExactly(200, 200, 429);
            assertThat(limited.videoList(limitedToken, "id", "{}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void signsCoverUrlsThatExpireAfterSixHoursAndRefreshesThem() {
        String id = avasIds(1).getFirst();
        String cover = coverUrl(id);
        String tampered = cover.replaceFirst("x-expires=([0-9]+)", "x-expires=9$1");

        assertThat(fetch(cover).statusCode()).isEqualTo(200);
        assertThat(fetch(cover).body()).startsWith("<svg");
        assertThat(fetch(tampered).statusCode()).isEqualTo(403);
        harness.clock.advance(Duration.ofHours(6));
        assertThat(fetch(cover).statusCode()).isEqualTo(403);
        assertThat(fetch(coverUrl(id)).statusCode()).isEqualTo(200);
    }

    private String coverUrl(String id) {
        JsonNode video = json(harness.videoQuery(token, "cover_image_url", body(List.of(id))))
                .at("/data/videos/0");
        return video.get("cover_image_url").asString();
    }

    private HttpResponse<String> fetch(String url) {
        return harness.send(HttpRequest.newBuilder(URI.create(url)).build());
    }
}
