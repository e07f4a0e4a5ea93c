package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.START;
import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.videos.ProfileCounts;
import io.battlesim.tiktok.emulator.videos.Video;
import io.battlesim.tiktok.emulator.videos.VideoCatalogue;
import io.battlesim.tiktok.emulator.videos.VideoCounts;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The emulator's own {@code GET /display/history}, for backfilling a sandbox creator's past. */
class DisplayHistoryTests {

    private final EmulatorHarness harness = EmulatorHarness.start();
    private final SandboxAccount ava = harness.emulator.account("ava.sparks").orElseThrow();
    private final VideoCatalogue catalogue = harness.emulator.videos();

    @AfterEach
    void stop() {
        harness.close();
    }

    private JsonNode history(String query) {
        HttpResponse<String> response = harness.get("/display/history?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("data");
    }

    private void assertRefused(String query, int status) {
        HttpResponse<String> response = harness.get("/display/history?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(status);
        assertThat(json(response).at("/error/message").asString()).isNotBlank();
    }

    @Test
    void answersEachDayUpToYesterdayOldestFirstAsOfTheDaysEnd() { // GH-11
        JsonNode data = history("open_id=" + ava.openId() + "&days=3");

        assertThat(data.get("open_id").asString()).isEqualTo(ava.openId());
        assertThat(data.get("username").asString()).isEqualTo("ava.sparks");
        JsonNode days = data.get("days");
        assertThat(days).hasSize(3);
        assertThat(days.get(0).get("date").asString()).isEqualTo("2026-01-09");
        assertThat(days.get(2).get("date").asString()).isEqualTo("2026-01-11");
        assertThat(days.get(2).get("as_of").asString()).isEqualTo("2026-01-11T23:59:59.999Z");
        for (JsonNode day : days) {
            ProfileCounts expected = catalogue.profileAt(
                    ava.openId(), Instant.parse(day.get("as_of").asString()));
            assertThat(day.at("/profile/follower_count").asLong()).isEqualTo(expected.followerCount());
            assertThat(day.at("/profile/following_count").asLong()).isEqualTo(expected.followingCount());
            assertThat(day.at("/profile/likes_count").asLong()).isEqualTo(expected.likesCount());
            assertThat(day.at("/profile/video_count").asLong()).isEqualTo(expected.videoCount());
            assertThat(day.get("total_view_count").asLong()).isEqualTo(expected.viewCount());
        }
    }

    @Test
    void listsEveryVideoOnTheFirstDayThenOnlyTheChangedOnes() {
        JsonNode days = history("open_id=ava.sparks&days=40&until=2026-01-11").get("days");

        Instant firstEnd = Instant.parse(days.get(0).get("as_of").asString());
        long listedThen = catalogue.videos(ava.openId(), firstEnd).stream()
                .filter(Video::listed)
                .count();
        assertThat(days.get(0).get("videos")).hasSize((int) listedThen);
        assertThat(days.get(39).get("videos").size()).isLessThan((int) listedThen / 2);
        Map<String, JsonNode> replayed = new HashMap<>();
        days.forEach(day ->
                day.get("videos").forEach(video -> replayed.put(video.get("id").asString(), video)));
        Instant lastEnd = Instant.parse(days.get(39).get("as_of").asString());
        List<Video> listed = catalogue.videos(ava.openId(), lastEnd).stream()
                .filter(Video::listed)
                .toList();
        assertThat(replayed).hasSameSizeAs(listed);
        for (Video video : listed) {
            VideoCounts counts = catalogue.countsAt(video, lastEnd);
            JsonNode last = replayed.get(video.id());
            assertThat(last.get("create_time").asLong())
                    .isEqualTo(video.createTime().getEpochSecond());
            assertThat(last.get("view_count").asLong()).isEqualTo(counts.viewCount());
            assertThat(last.get("like_count").asLong()).isEqualTo(counts.likeCount());
            assertThat(last.get("comment_count").asLong()).isEqualTo(counts.commentCount());
            assertThat(last.get("share_count").asLong()).isEqualTo(counts.shareCount());
        }
    }

    @Test
    void listsEveryVideoEveryDayOrNoneOnRequest() {
        JsonNode all = history("open_id=ava.sparks&days=2&videos=all").get("days");
        JsonNode none = history("open_id=ava.sparks&days=2&videos=none").get("days");

        long listed = catalogue
                .videos(ava.openId(), Instant.parse(all.get(1).get("as_of").asString()))
                .stream()
                .filter(Video::listed)
                .count();
        assertThat(all.get(1).get("videos")).hasSize((int) listed);
        assertThat(none.get(1).has("videos")).isFalse();
        assertThat(none.get(1).has("profile")).isTrue();
    }

    @Test
    void countsTodayUpToNow() {
        harness.clock.advance(Duration.ofHours(2));

        JsonNode today = history("username=ava.sparks&days=1&until=2026-01-12&videos=none")
                .at("/days/0");

        assertThat(today.get("as_of").asString())
                .isEqualTo(START.plus(Duration.ofHours(2)).toString());
        assertThat(today.at("/profile/likes_count").asLong())
                .isEqualTo(catalogue
                        .profileAt(ava.openId(), harness.clock.instant())
                        .likesCount());
    }

    @Test
    void coversFourHundredDaysAtMost() {
        assertThat(history("open_id=ava.sparks&days=400&videos=none").get("days"))
                .hasSize(400);
        assertRefused("open_id=ava.sparks&days=401", 400);
        assertRefused("open_id=ava.sparks&days=0", 400);
        assertRefused("open_id=ava.sparks&days=ten", 400);
        assertRefused("open_id=ava.sparks&days=32&videos=all", 400);
    }

    @Test
    void refusesTheFutureUnknownCreatorsAndBadParameters() {
        assertRefused("open_id=ava.sparks&until=2026-01-13", 400);
        assertRefused("open_id=ava.sparks&until=12/01/2026", 400);
        assertRefused("open_id=ava.sparks&videos=some", 400);
        assertRefused("days=3", 400);
        assertRefused("open_id=nobody.here", 404);
    }

    @Test
    void isNeverFaulted() {
        harness.emulator.faults(new FaultSettings(Duration.ZERO, 1.0, 0, 0));

        assertThat(harness.get("/display/history?open_id=ava.sparks&days=1").statusCode())
                .isEqualTo(200);
    }
}
