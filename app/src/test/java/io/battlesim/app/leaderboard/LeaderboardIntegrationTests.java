package io.battlesim.app.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.testing.ApiTestClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;

/**
 * The leaderboards on a real server: gifts ingested into a battle reach the JSON API, the pages, the CSV export and
 * the OBS overlay within moments; the battle's owner hides it and deletes it, and its gifts leave every board.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class LeaderboardIntegrationTests {

    static final int PORT = TestSocketUtils.findAvailableTcpPort();
    static final String BASE = "http://localhost:" + PORT;
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static final String FORMULA = "=HYPERLINK(\"http://evil\")";

    private final ApiTestClient api = new ApiTestClient(BASE);
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("leaderboard-it");
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> BASE);
        registry.add("app.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:leaderboard-it-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.leaderboard.refresh-interval", () -> "100ms");
        registry.add("app.leaderboard.overlay-interval", () -> "100ms");
    }

    @BeforeEach
    void emptyBoards() {
        jdbc.sql("DELETE FROM battle").update();
        for (String table : new String[] {"board_gifter", "board_creator"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    @Test
    void showsIngestedGiftsOnEveryBoardAndTakesThemOffWhenTheBattleIsHiddenOrDeleted() throws Exception { // GH-12
        JsonNode battle = api.createIngestBattle("Board test", "lena.live", "omar.plays");
        String id = battle.path("battle").path("id").asString();
        Map<String, String> control =
                Map.of("X-Control-Token", battle.path("controlToken").asString());
        api.ingest(
                battle,
                api.gift("g1", "lena.live", "7", "zoe", HOSTILE, 299),
                api.gift("g2", "lena.live", "8", "max", FORMULA, 100));
        api.ingest(battle, api.gift("g3", "omar.plays", "9", "kim", "Kim 金", 100));

        JsonNode board = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> api.body(api.get("/api/leaderboards/gifters?window=today")),
                        b -> b.path("entries").size() == 3);

        assertThat(board.path("entries").path(0).path("nickname").asString()).isEqualTo(HOSTILE);
        assertThat(board.path("entries").valueStream().map(e -> e.path("rank").asLong()))
                .containsExactly(1L, 2L, 2L);
        JsonNode lena = api.body(api.get("/api/leaderboards/gifters?window=week&creator=@Lena.Live"));
        assertThat(lena.path("entries")
                        .valueStream()
                        .map(e -> e.path("uniqueId").asString()))
                .containsExactly("zoe", "max");
        JsonNode rank = api.body(api.get("/api/leaderboards/gifters/rank?username=@KIM&window=month"));
        assertThat(rank.path("entry").path("rank").asLong()).isEqualTo(2);
        assertThat(rank.path("above").path(0).path("uniqueId").asString()).isEqualTo("zoe");
        ApiTestClient.assertProblem(api.get("/api/leaderboards/gifters/rank?username=nobody"), 404);
        ApiTestClient.assertProblem(api.get("/api/leaderboards/gifters?window=year"), 400);
        ApiTestClient.assertProblem(api.get("/api/leaderboards/gifters?limit=0"), 400);
        ApiTestClient.assertProblem(api.get("/api/leaderboards/gifters?limit=1e309&offset=%E6%97%A5"), 400);
        ApiTestClient.assertProblem(api.get("/api/leaderboards/creators?minBattles=-1e400"), 400);
        assertThat(api.get("/api/leaderboards/creators.csv?minBattles=x").body())
                .contains("minBattles");

        HttpResponse<String> page = api.get("/leaderboards?window=today&username=max");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .doesNotContain(HOSTILE)
                .contains("&lt;img src=x onerror=alert(1)&gt;", "data-testid=\"rank-result\"", "Kim 金");
        assertThat(api.get("/leaderboards/creators/lena.live").body())
                .contains("data-testid=\"creator-gifters-board\"");
        String csv = api.get("/api/leaderboards/gifters.csv?window=all").body();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",\"=HYPERLINK");

        assertThat(api.put("/api/battles/" + id + "/leaderboard-visibility", "{\"visible\":false}", Map.of())
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> hidden =
                api.put("/api/battles/" + id + "/leaderboard-visibility", "{\"visible\":false}", control);
        assertThat(api.body(hidden).path("visible").asBoolean()).isFalse();
        assertThat(api.body(api.get("/api/leaderboards/gifters?window=all"))
                        .path("entries")
                        .isEmpty())
                .isTrue();
        assertThat(api.get("/api/battles/" + id + "/leaderboard").statusCode())
                .as("hidden from strangers")
                .isEqualTo(404);
        assertThat(api.body(api.get("/api/battles/" + id + "/leaderboard", control))
                        .path("entries")
                        .size())
                .isEqualTo(3);
        api.put("/api/battles/" + id + "/leaderboard-visibility", "{\"visible\":true}", control);
        assertThat(api.body(api.get("/api/leaderboards/gifters?window=all"))
                        .path("entries")
                        .size())
                .isEqualTo(3);

        api.post("/api/battles/" + id + "/end", control);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.body(api.get("/api/leaderboards/creators?window=today"))
                                .path("entries")
                                .size()
                        == 2);
        assertThat(api.delete("/api/battles/" + id, control).statusCode()).isEqualTo(204);
        assertThat(api.body(api.get("/api/leaderboards/gifters?window=all"))
                        .path("entries")
                        .isEmpty())
                .isTrue();
        assertThat(api.body(api.get("/api/leaderboards/creators?window=all"))
                        .path("entries")
                        .isEmpty())
                .isTrue();
        assertThat(api.get("/api/battles/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void sendsTheBattlesTopGiftersToItsLeaderboardOverlayLive() throws Exception { // GH-12
        JsonNode battle = api.createIngestBattle("Board test", "lena.live", "omar.plays");
        String token = battle.path("battle").path("overlayToken").asString();
        assertThat(api.get("/overlay/" + token + "/leaderboard?theme=neon").body())
                .contains("data-testid=\"board-overlay\"", "theme-neon");
        HttpResponse<InputStream> stream = http.send(
                HttpRequest.newBuilder(URI.create(BASE + "/overlay/" + token + "/leaderboard/stream?limit=3"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (var reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertThat(nextBoard(reader)).contains("\"entries\":[]");

            api.ingest(battle, api.gift("o1", "lena.live", "7", "zoe", "Zoe", 299));

            assertThat(nextBoard(reader)).contains("\"uniqueId\":\"zoe\"", "\"coins\":299");
        }
    }

    private static String nextBoard(BufferedReader reader) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        String line;
                        boolean board = false;
                        while ((line = reader.readLine()) != null) {
                            if (line.equals("event:board")) {
                                board = true;
                            } else if (board && line.startsWith("data:")) {
                                return line.substring(5);
                            }
                        }
                        return "";
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .get(10, TimeUnit.SECONDS);
    }
}
