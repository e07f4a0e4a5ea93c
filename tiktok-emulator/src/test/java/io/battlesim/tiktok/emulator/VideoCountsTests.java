package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.EmulatorHarness.ALL_SCOPES;
import static io.battlesim.tiktok.emulator.EmulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.tiktok.emulator.videos.Video;
import io.battlesim.tiktok.emulator.videos.VideoCatalogue;
import io.battlesim.tiktok.emulator.videos.VideoCounts;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Counts over emulated time, through the API, and user.info.stats against the videos. */
class VideoCountsTests {

    private static final String COUNTS = "id,view_count,like_count,comment_count,share_count";
    private static final String STATS = "follower_count,likes_count,video_count";

    // Tokens outlive the months these tests move the clock by.
    private final EmulatorHarness harness =
            EmulatorHarness.start(builder -> builder.accessTokenTtl(Duration.ofDays(400)));
    private final SandboxAccount ava = harness.emulator.account("ava.sparks").orElseThrow();
    private final String token = harness.accessToken("ava.sparks", ALL_SCOPES);

    @AfterEach
    void stop() {
        harness.close();
    }

    private Map<String, long[]> newestCounts() {
        return counts(json(harness.videoList(token, COUNTS, "{\"max_count\":20}")));
    }

    private Map<String, long[]> countsOf(Set<String> ids) {
        String list = ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        return counts(json(harness.videoQuery(token, COUNTS, "{\"filters\":{\"video_ids\":[" + list + "]}}")));
    }

    private static Map<String, long[]> counts(JsonNode body) {
        Map<String, long[]> counts = new HashMap<>();
        body.at("/data/videos")
                .forEach(video -> counts.put(video.get("id").asString(), new long[] {
                    video.get("view_count").asLong(),
                    video.get("like_count").asLong(),
                    video.get("comment_count").asLong(),
                    video.get("share_count").asLong()
                }));
        return counts;
    }

    @Test
    void neverDecreaseAndGrowWhileVideosAreFresh() { // GH-11
        Map<String, long[]> first = newestCounts();
        Map<String, long[]> before = first;
        long viewsBefore =
                first.values().stream().mapToLong(counts -> counts[0]).sum();

        for (Duration step :
                List.of(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofDays(2), Duration.ofDays(60))) {
            harness.clock.advance(step);
            Map<String, long[]> after = newestCounts();
            before.forEach((id, counts) -> {
                if (after.containsKey(id)) {
                    for (int i = 0; i < 4; i++) {
                        assertThat(after.get(id)[i])
                                .as("count %d of %s after %s", i, id, step)
                                .isGreaterThanOrEqualTo(counts[i]);
                    }
                }
            });
            before = after;
        }
        Set<String> firstIds = first.keySet();
        long viewsAfter = countsOf(firstIds).values().stream()
                .mapToLong(counts -> counts[0])
                .sum();
        assertThat(viewsAfter).isGreaterThan(viewsBefore);
    }

    @Test
    void userInfoStatsAddUpTheVideosAtEveryInstant() {
        for (Duration step : List.of(Duration.ZERO, Duration.ofHours(3), Duration.ofDays(9))) {
            harness.clock.advance(step);
            JsonNode user = json(harness.userInfo(token, STATS)).at("/data/user");

            VideoCatalogue catalogue = harness.emulator.videos();
            List<Video> videos = catalogue.videos(ava.openId(), harness.clock.instant());
            long likes = videos.stream()
                    .map(video -> catalogue.countsAt(video, harness.clock.instant()))
                    .mapToLong(VideoCounts::likeCount)
                    .sum();
            assertThat(user.get("video_count").asLong()).isEqualTo(videos.size());
            assertThat(user.get("likes_count").asLong()).isEqualTo(likes);
        }
    }

    @Test
    void growFollowersWithTheViews() {
        long followers = json(harness.userInfo(token, STATS))
                .at("/data/user/follower_count")
                .asLong();
        harness.clock.advance(Duration.ofDays(30));
        long later = json(harness.userInfo(token, STATS))
                .at("/data/user/follower_count")
                .asLong();

        assertThat(later).isGreaterThan(followers);
        harness.clock.set(VideoCatalogue.REFERENCE_INSTANT);
        assertThat(json(harness.userInfo(token, STATS))
                        .at("/data/user/follower_count")
                        .asLong())
                .isEqualTo(ava.followerCount());
    }

    @Test
    void listAsManyVideosAsUserInfoCountsBarTheFilteredOnes() {
        long videoCount = json(harness.userInfo(token, STATS))
                .at("/data/user/video_count")
                .asLong();
        long filtered = harness.emulator.videos().videos(ava.openId(), harness.clock.instant()).stream()
                .filter(video -> !video.listed())
                .count();

        int listed = 0;
        JsonNode data =
                json(harness.videoList(token, "id", "{\"max_count\":20}")).get("data");
        while (true) {
            listed += data.get("videos").size();
            if (!data.get("has_more").asBoolean()) {
                break;
            }
            data = json(harness.videoList(token, "id", "{\"max_count\":20,\"cursor\":" + data.get("cursor") + "}"))
                    .get("data");
        }
        assertThat(listed).isEqualTo(videoCount - filtered);
    }
}
