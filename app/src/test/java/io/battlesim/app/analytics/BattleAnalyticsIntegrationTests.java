package io.battlesim.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.testing.ApiTestClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * Battle and creator analytics on a real server: a battle fed through the ingest API and ended has its figures in the
 * JSON API, on its page and in CSV exports (formula-safe), stored once and deleted with the battle; a battle its owner
 * hid is 404 to everyone else and left out of its creators' analytics; empty battles and creators say so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class BattleAnalyticsIntegrationTests {

    static final int PORT = TestSocketUtils.findAvailableTcpPort();
    static final String BASE = "http://localhost:" + PORT;
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static final String FORMULA = "=HYPERLINK(\"http://evil\")";

    private final ApiTestClient api = new ApiTestClient(BASE);

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("analytics-it");
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> BASE);
        registry.add("app.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:analytics-it-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.live.demo-battle", () -> "false");
        registry.add("app.leaderboard.refresh-interval", () -> "100ms");
    }

    @BeforeEach
    void noBattles() {
        jdbc.sql("DELETE FROM battle").update();
        for (String table : new String[] {"board_gifter", "board_creator"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    @Test
    void answersAFinishedBattlesAnalyticsStoresThemOnceAndDeletesThemWithTheBattle() throws Exception { // GH-12
        JsonNode battle = api.createIngestBattle("Analytics test", "lena.live", "omar.plays");
        String id = battle.path("battle").path("id").asString();
        Map<String, String> control =
                Map.of("X-Control-Token", battle.path("controlToken").asString());
        api.ingest(
                battle,
                api.gift("g1", "lena.live", "7", "zoe", HOSTILE, 299),
                api.gift("g2", "omar.plays", "8", "max", FORMULA, 100));
        api.ingest(battle, api.gift("g3", "lena.live", "9", "kim", "Kim", 5));

        JsonNode live = api.body(api.get("/api/battles/" + id + "/analytics"));
        assertThat(live.path("status").asString()).isEqualTo("LIVE");
        assertThat(count("battle_analytics", id))
                .as("a running battle's figures are not stored")
                .isZero();

        api.post("/api/battles/" + id + "/end", control);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("battle_analytics", id) == 1);
        assertThat(count("battle_analytics_creator", id)).isEqualTo(2);

        JsonNode analytics = api.body(api.get("/api/battles/" + id + "/analytics"));
        assertThat(analytics.path("status").asString()).isEqualTo("ENDED");
        assertThat(analytics.path("gifts").asLong()).isEqualTo(3);
        assertThat(analytics.path("coins").asLong()).isEqualTo(404);
        assertThat(analytics.path("winnerSideId").asString()).isEqualTo("s1");
        assertThat(analytics
                        .path("topGifters")
                        .path(0)
                        .path("gifters")
                        .path(0)
                        .path("nickname")
                        .asString())
                .isEqualTo(HOSTILE);
        assertThat(analytics
                        .path("valueBands")
                        .valueStream()
                        .mapToLong(b -> b.path("gifts").asLong())
                        .sum())
                .isEqualTo(3);
        assertThat(analytics.path("scores").size()).isGreaterThan(1);

        String csv =
                api.get("/api/battles/" + id + "/analytics/top-gifters.csv").body();
        assertThat(csv)
                .startsWith("\"side\",\"rank\",\"username\"")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "\"<img src=x onerror=alert(1)>\"")
                .doesNotContain(",\"=HYPERLINK");
        HttpResponse<String> csvResponse = api.get("/api/battles/" + id + "/analytics/scores.csv");
        assertThat(csvResponse.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csvResponse.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"battle-" + id + "-scores.csv\"");
        ApiTestClient.assertProblem(api.get("/api/battles/" + id + "/analytics/nothing.csv"), 404);
        ApiTestClient.assertProblem(api.get("/api/battles/no-such-battle/analytics"), 404);

        HttpResponse<String> page = api.get("/battles/" + id + "/analytics");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-testid=\"score-chart\"", "data-testid=\"battle-leaderboard\"", "&lt;img src=x")
                .doesNotContain(HOSTILE);
        assertThat(api.get("/battles/" + id).body()).contains("/battles/" + id + "/analytics");
        assertThat(api.get("/battles").body()).contains("/battles/" + id + "/analytics");

        assertThat(api.delete("/api/battles/" + id, control).statusCode()).isEqualTo(204);
        assertThat(count("battle_analytics", id)).isZero();
        assertThat(count("battle_analytics_creator", id)).isZero();
        ApiTestClient.assertProblem(api.get("/api/battles/" + id + "/analytics"), 404);
    }

    @Test
    void keepsAHiddenBattlesAnalyticsForItsOwnerAndOutOfItsCreatorsAnalytics() throws Exception { // GH-12
        JsonNode shown = api.createIngestBattle("Analytics test", "lena.live", "omar.plays");
        api.ingest(shown, api.gift("s1", "lena.live", "7", "zoe", "Zoe", 10));
        JsonNode hidden = api.createIngestBattle("Analytics test", "lena.live", "omar.plays");
        api.ingest(hidden, api.gift("h1", "lena.live", "7", "zoe", "Zoe", 20_000));
        String id = hidden.path("battle").path("id").asString();
        Map<String, String> control =
                Map.of("X-Control-Token", hidden.path("controlToken").asString());
        api.post(
                "/api/battles/" + shown.path("battle").path("id").asString() + "/end",
                Map.of("X-Control-Token", shown.path("controlToken").asString()));
        api.post("/api/battles/" + id + "/end", control);
        api.put("/api/battles/" + id + "/leaderboard-visibility", "{\"visible\":false}", control);

        ApiTestClient.assertProblem(api.get("/api/battles/" + id + "/analytics"), 404);
        ApiTestClient.assertProblem(api.get("/api/battles/" + id + "/analytics/scores.csv"), 404);
        assertThat(api.get("/battles/" + id + "/analytics").statusCode()).isEqualTo(404);
        assertThat(api.body(api.get("/api/battles/" + id + "/analytics", control))
                        .path("coins")
                        .asLong())
                .isEqualTo(20_000);

        JsonNode lena = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> api.body(api.get("/api/creators/@Lena.Live/analytics")),
                        c -> c.path("battlesAnalysed").asInt() == 1);
        assertThat(lena.path("creator").asString()).isEqualTo("lena.live");
        assertThat(lena.path("giftMix").path(0).path("coins").asLong())
                .as("the hidden battle's gifts left out")
                .isEqualTo(10);
        assertThat(lena.path("endings").path("wins").asLong()).isEqualTo(1);
        assertThat(lena.path("byHour").size()).isEqualTo(24);
        assertThat(lena.path("byWeekday").path(0).path("label").asString()).isEqualTo("Monday");
        assertThat(api.get("/creators/lena.live/analytics").body())
                .contains("data-testid=\"creator-record\"", "/leaderboards/creators/lena.live");
        assertThat(api.get("/leaderboards/creators/lena.live").body()).contains("/creators/lena.live/analytics");
        assertThat(api.get("/api/creators/lena.live/analytics/gift-mix.csv").body())
                .startsWith("\"gift\",\"gift_id\"");
    }

    @Test
    void saysSoWhenThereIsNothingToShow() throws Exception { // GH-12
        JsonNode battle = api.createIngestBattle("Analytics test", "lena.live", "omar.plays");
        String id = battle.path("battle").path("id").asString();
        api.post(
                "/api/battles/" + id + "/end",
                Map.of("X-Control-Token", battle.path("controlToken").asString()));

        assertThat(api.get("/battles/" + id + "/analytics").body())
                .contains("No gifts in this battle.", "No snipes in this battle.", "No boosters were used.");
        assertThat(api.body(api.get("/api/battles/" + id + "/analytics"))
                        .path("giftTypes")
                        .isEmpty())
                .isTrue();
        assertThat(api.get("/creators/nobody.yet/analytics").body()).contains("No finished battles yet.");
        assertThat(api.body(api.get("/api/creators/nobody.yet/analytics"))
                        .path("battlesAnalysed")
                        .asInt())
                .isZero();
        ApiTestClient.assertProblem(api.get("/api/creators/no%20body/analytics"), 400);
        assertThat(api.get("/creators/no%20body/analytics").statusCode()).isEqualTo(400);
    }

    @Test
    void describesTheAnalyticsInTheOpenApiDocumentAndThePrivacyPolicy() throws Exception { // GH-12
        String openApi = api.get("/api/openapi.yaml").body();

        assertThat(openApi)
                .contains(
                        "/api/battles/{id}/analytics:",
                        "/api/battles/{id}/analytics/{table}.csv:",
                        "/api/creators/{username}/analytics:",
                        "/api/creators/{username}/analytics/{table}.csv:",
                        "- Analytics",
                        "BattleAnalyticsSide:",
                        "CreatorAnalyticsEndingCounts:");
        assertThat(api.get("/privacy").body()).contains("Battle analytics", "deleted with the battle");
    }

    private long count(String table, String battleId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE battle_id = :id")
                .param("id", battleId)
                .query(Long.class)
                .single();
    }
}
