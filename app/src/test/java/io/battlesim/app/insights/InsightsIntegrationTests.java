package io.battlesim.app.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.auth.TestBrowser;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import io.battlesim.tiktok.emulator.videos.Video;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creator insights end to end in emulator mode: a sandbox creator signs in, their first snapshot is scheduled at
 * once and backfills the emulator's history, and the dashboard, its API and its CSV show exactly their videos;
 * nobody else sees them, "Refresh now" is rate-limited, and "Delete all my data" removes every snapshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class InsightsIntegrationTests {

    static final int PORT = TestSocketUtils.findAvailableTcpPort();
    static final URI BASE = URI.create("http://localhost:" + PORT + "/");
    private static final int BACKFILL_DAYS = 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private TikTokEmulator emulator;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private SnapshotScheduler scheduler;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("insights-it");
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> "http://localhost:" + PORT);
        registry.add("app.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:insights-it-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.insights.enabled", () -> "false"); // the test takes the due snapshots itself
        registry.add("app.insights.backfill-days", () -> BACKFILL_DAYS);
    }

    @BeforeEach
    void noUsers() {
        jdbc.sql("DELETE FROM app_user").update();
    }

    @Test
    void signedOutVisitorsAreAskedToConnectAndTheApiAnswers401() {
        TestBrowser stranger = new TestBrowser(BASE);

        HttpResponse<String> page = stranger.get("/analytics");
        HttpResponse<String> api = stranger.get("/api/insights");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"insights-sign-in\"").contains("/auth/tiktok?next=/analytics");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aCreatorsFirstSnapshotBackfillsHistoryAndTheDashboardShowsTheirVideos() throws Exception {
        TestBrowser ava = signUp("ava.sparks");

        assertThat(scheduler.takeDue()).isEqualTo(1);

        JsonNode overview = json(ava.get("/api/insights"));
        List<Video> listed = listedVideos("ava.sparks");
        assertThat(overview.path("profile").size()).isEqualTo(BACKFILL_DAYS + 1);
        assertThat(overview.path("videos").asLong()).isEqualTo(listed.size());
        assertThat(overview.path("snapshot").path("state").asString()).isEqualTo("DONE");
        assertThat(overview.path("latest").path("followers").asLong()).isPositive();
        JsonNode videos = json(ava.get("/api/insights/videos?sort=posted"));
        assertThat(videos.path("total").asLong()).isEqualTo(listed.size());
        assertThat(videos.path("videos").size()).isEqualTo(50);
        assertThat(videos.path("videos").get(0).path("videoId").asString())
                .isEqualTo(listed.getFirst().id());
        // a day-old snapshot to compare with: growth is known for a video that was already out yesterday
        JsonNode first = json(ava.get("/api/insights/videos?sort=posted&order=asc&limit=1"));
        assertThat(first.path("videos").get(0).path("viewsGrowth").isNumber()).isTrue();

        HttpResponse<String> page = ava.get("/analytics");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"videos-table\"").contains("data-testid=\"followers-chart\"");
        HttpResponse<String> csv = ava.get("/api/insights/videos.csv");
        assertThat(csv.body().lines().count()).isEqualTo(listed.size() + 1L);
        assertThat(csv.body()).startsWith("\"video_id\",\"posted_utc\",\"title\"");
        for (int i = 0; i < 12; i++) { // more exports than the pool has connections: each gives its connection back
            assertThat(ava.get("/api/insights/videos.csv?sort=engagement").statusCode())
                    .isEqualTo(200);
        }
        String oldest = listed.getLast().id();
        JsonNode history = json(ava.get("/api/insights/videos/" + oldest));
        assertThat(history.path("days").size()).isEqualTo(BACKFILL_DAYS + 1);
        assertThat(ava.get("/analytics/videos/" + oldest).body()).contains("data-testid=\"video-chart\"");
    }

    @Test
    void anotherCreatorSeesOnlyTheirOwn() throws Exception {
        TestBrowser ava = signUp("ava.sparks");
        TestBrowser noah = signUp("noah.laughs");
        scheduler.takeDue();
        String avasVideo = listedVideos("ava.sparks").getFirst().id();

        JsonNode noahs = json(noah.get("/api/insights/videos?limit=500"));
        assertThat(listedVideos("noah.laughs").size()).isLessThan(500);

        assertThat(noahs.path("total").asLong())
                .isEqualTo(listedVideos("noah.laughs").size());
        assertThat(noahs.toString()).doesNotContain(avasVideo);
        assertThat(noah.get("/api/insights/videos/" + avasVideo).statusCode()).isEqualTo(404);
        assertThat(noah.get("/analytics/videos/" + avasVideo).statusCode()).isEqualTo(404);
        assertThat(ava.get("/api/insights/videos/" + avasVideo).statusCode()).isEqualTo(200);
    }

    @Test
    void aPostSharedFromTheAppLinksToItsStatistics() {
        TestBrowser ava = signUp("ava.sparks");
        scheduler.takeDue();
        String posted = listedVideos("ava.sparks").getFirst().id();
        long userId = jdbc.sql("SELECT id FROM app_user").query(Long.class).single();
        jdbc.sql("INSERT INTO publish_job (id, user_id, open_id, idempotency_key, media_kind, title, description,"
                        + " privacy_level, disable_comment, disable_duet, disable_stitch, brand_organic, brand_content,"
                        + " state, post_ids, created_at, updated_at) VALUES ('job-1', :user, 'open', 'k1', 'PHOTO',"
                        + " 'Recap', '', 'PUBLIC_TO_EVERYONE', FALSE, FALSE, FALSE, FALSE, FALSE, 'COMPLETED', :posts,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .param("user", userId)
                .param("posts", posted + ",7000000000000000001")
                .update();

        HttpResponse<String> jobs = ava.get("/publish/jobs");
        HttpResponse<String> job = ava.get("/publish/jobs/job-1");

        // the post a snapshot saw links to its statistics; the one it never saw does not
        assertThat(jobs.body())
                .contains("/analytics/videos/" + posted)
                .doesNotContain("/analytics/videos/7000000000000000001");
        assertThat(job.body())
                .contains("/analytics/videos/" + posted)
                .doesNotContain("/analytics/videos/7000000000000000001");
    }

    @Test
    void refreshNowRunsOnceAndThenSaysWhenItCanRunAgain() throws Exception {
        TestBrowser ava = signUp("ava.sparks");

        HttpResponse<String> first = ava.postJson("/api/insights/refresh", "", ava.xsrfHeader());
        HttpResponse<String> second = ava.postJson("/api/insights/refresh", "", ava.xsrfHeader());

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(second.body()).path("nextAllowed").asString()).isNotEmpty();
        // the refresh itself ran in the background: the snapshot is there
        await().atMost(Duration.ofSeconds(60)).until(() -> rows("insight_run WHERE state = 'DONE'") == 1);
        assertThat(rows("insight_profile")).isPositive();
    }

    @Test
    void badParametersGetAClearAnswer() {
        TestBrowser ava = signUp("ava.sparks");

        HttpResponse<String> api = ava.get("/api/insights/videos?sort=bogus");
        HttpResponse<String> dates = ava.get("/api/insights/videos?from=2026-12-10&to=2026-12-01");
        HttpResponse<String> page = ava.get("/analytics?from=yesterday", Map.of("Accept", "text/html"));

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("sort must be");
        assertThat(dates.statusCode()).isEqualTo(400);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("from must be a date like 2026-12-04 (UTC)")
                .doesNotContain("Exception");
    }

    @Test
    void hostileInputIsAClientErrorNeverAServerError() {
        TestBrowser ava = signUp("ava.sparks");
        TestBrowser stranger = new TestBrowser(BASE);
        Map<String, String> html = Map.of("Accept", "text/html");

        for (String path : List.of(
                "/analytics?page=abc",
                "/analytics?page=0",
                "/analytics?page=99999999999",
                "/analytics?sort=%3Cscript%3E&order=sideways",
                "/analytics/videos/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/analytics/videos/%F0%9F%8E%89%E8%A7%86%E9%A2%91")) {
            HttpResponse<String> answer = ava.get(path, html);
            assertThat(answer.statusCode()).as(path).isBetween(400, 499);
            assertThat(answer.body())
                    .as(path)
                    .doesNotContain("<script>alert(1)")
                    .doesNotContain("Exception");
        }
        for (String path : List.of(
                "/api/insights/videos?offset=-1",
                "/api/insights/videos?limit=abc",
                "/api/insights/videos?limit=501",
                "/api/insights/videos/%3Cscript%3E.csv",
                "/api/insights/videos.csv?from=2026-02-30")) {
            HttpResponse<String> answer = ava.get(path);
            assertThat(answer.statusCode()).as(path).isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        // signed out, a video's page asks to connect, and its statistics are not there to read
        assertThat(stranger.get("/analytics/videos/123").body()).contains("data-testid=\"insights-sign-in\"");
        assertThat(stranger.get("/api/insights/videos/123.csv").statusCode()).isEqualTo(401);
    }

    @Test
    void deleteAllMyDataRemovesEverySnapshot() {
        TestBrowser ava = signUp("ava.sparks");
        scheduler.takeDue();
        assertThat(rows("insight_video_day")).isPositive();

        HttpResponse<String> account = ava.get("/");
        HttpResponse<String> deleted = ava.postForm("/account/delete", TestBrowser.formWithCsrf(account));

        assertThat(deleted.statusCode()).isEqualTo(302);
        for (String table : List.of("insight_profile", "insight_video", "insight_video_day", "insight_run")) {
            assertThat(rows(table)).as(table).isZero();
        }
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private List<Video> listedVideos(String username) {
        return emulator.videos().videos(username, emulator.clock().instant()).stream()
                .filter(Video::listed)
                .filter(video -> !video.createTime().isAfter(Instant.now()))
                .toList();
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }

    /** A new browser, signed up as {@code username} through the emulator and the consent page. */
    private TestBrowser signUp(String username) {
        TestBrowser browser = new TestBrowser(BASE);
        browser.signUp(emulator, username);
        return browser;
    }
}
