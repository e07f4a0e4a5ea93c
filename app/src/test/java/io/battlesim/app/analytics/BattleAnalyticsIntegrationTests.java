package io.battlesim.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import tools.jackson.databind.json.JsonMapper;

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

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

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
        JsonNode battle = createBattle("lena.live", "omar.plays");
        String id = battle.path("battle").path("id").asString();
        Map<String, String> control =
                Map.of("X-Control-Token", battle.path("controlToken").asString());
        ingest(
                battle,
                gift("g1", "lena.live", "7", "zoe", HOSTILE, 299),
                gift("g2", "omar.plays", "8", "max", FORMULA, 100));
        ingest(battle, gift("g3", "lena.live", "9", "kim", "Kim", 5));

        JsonNode live = body(get("/api/battles/" + id + "/analytics"));
        assertThat(live.path("status").asString()).isEqualTo("LIVE");
        assertThat(count("battle_analytics", id))
                .as("a running battle's figures are not stored")
                .isZero();

        post("/api/battles/" + id + "/end", control);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("battle_analytics", id) == 1);
        assertThat(count("battle_analytics_creator", id)).isEqualTo(2);

        JsonNode analytics = body(get("/api/battles/" + id + "/analytics"));
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

        String csv = get("/api/battles/" + id + "/analytics/top-gifters.csv").body();
        assertThat(csv)
                .startsWith("\"side\",\"rank\",\"username\"")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "\"<img src=x onerror=alert(1)>\"")
                .doesNotContain(",\"=HYPERLINK");
        HttpResponse<String> csvResponse = get("/api/battles/" + id + "/analytics/scores.csv");
        assertThat(csvResponse.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csvResponse.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"battle-" + id + "-scores.csv\"");
        assertProblem(get("/api/battles/" + id + "/analytics/nothing.csv"), 404);
        assertProblem(get("/api/battles/no-such-battle/analytics"), 404);

        HttpResponse<String> page = get("/battles/" + id + "/analytics");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-testid=\"score-chart\"", "data-testid=\"battle-leaderboard\"", "&lt;img src=x")
                .doesNotContain(HOSTILE);
        assertThat(get("/battles/" + id).body()).contains("/battles/" + id + "/analytics");
        assertThat(get("/battles").body()).contains("/battles/" + id + "/analytics");

        assertThat(delete("/api/battles/" + id, control).statusCode()).isEqualTo(204);
        assertThat(count("battle_analytics", id)).isZero();
        assertThat(count("battle_analytics_creator", id)).isZero();
        assertProblem(get("/api/battles/" + id + "/analytics"), 404);
    }

    @Test
    void keepsAHiddenBattlesAnalyticsForItsOwnerAndOutOfItsCreatorsAnalytics() throws Exception { // GH-12
        JsonNode shown = createBattle("lena.live", "omar.plays");
        ingest(shown, gift("s1", "lena.live", "7", "zoe", "Zoe", 10));
        JsonNode hidden = createBattle("lena.live", "omar.plays");
        ingest(hidden, gift("h1", "lena.live", "7", "zoe", "Zoe", 20_000));
        String id = hidden.path("battle").path("id").asString();
        Map<String, String> control =
                Map.of("X-Control-Token", hidden.path("controlToken").asString());
        post(
                "/api/battles/" + shown.path("battle").path("id").asString() + "/end",
                Map.of("X-Control-Token", shown.path("controlToken").asString()));
        post("/api/battles/" + id + "/end", control);
        put("/api/battles/" + id + "/leaderboard-visibility", "{\"visible\":false}", control);

        assertProblem(get("/api/battles/" + id + "/analytics"), 404);
        assertProblem(get("/api/battles/" + id + "/analytics/scores.csv"), 404);
        assertThat(get("/battles/" + id + "/analytics").statusCode()).isEqualTo(404);
        assertThat(body(get("/api/battles/" + id + "/analytics", control))
                        .path("coins")
                        .asLong())
                .isEqualTo(20_000);

        JsonNode lena = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> body(get("/api/creators/@Lena.Live/analytics")),
                        c -> c.path("battlesAnalysed").asInt() == 1);
        assertThat(lena.path("creator").asString()).isEqualTo("lena.live");
        assertThat(lena.path("giftMix").path(0).path("coins").asLong())
                .as("the hidden battle's gifts left out")
                .isEqualTo(10);
        assertThat(lena.path("endings").path("wins").asLong()).isEqualTo(1);
        assertThat(lena.path("byHour").size()).isEqualTo(24);
        assertThat(lena.path("byWeekday").path(0).path("label").asString()).isEqualTo("Monday");
        assertThat(get("/creators/lena.live/analytics").body())
                .contains("data-testid=\"creator-record\"", "/leaderboards/creators/lena.live");
        assertThat(get("/leaderboards/creators/lena.live").body()).contains("/creators/lena.live/analytics");
        assertThat(get("/api/creators/lena.live/analytics/gift-mix.csv").body()).startsWith("\"gift\",\"gift_id\"");
    }

    @Test
    void saysSoWhenThereIsNothingToShow() throws Exception { // GH-12
        JsonNode battle = createBattle("lena.live", "omar.plays");
        String id = battle.path("battle").path("id").asString();
        post(
                "/api/battles/" + id + "/end",
                Map.of("X-Control-Token", battle.path("controlToken").asString()));

        assertThat(get("/battles/" + id + "/analytics").body())
                .contains("No gifts in this battle.", "No snipes in this battle.", "No boosters were used.");
        assertThat(body(get("/api/battles/" + id + "/analytics"))
                        .path("giftTypes")
                        .isEmpty())
                .isTrue();
        assertThat(get("/creators/nobody.yet/analytics").body()).contains("No finished battles yet.");
        assertThat(body(get("/api/creators/nobody.yet/analytics"))
                        .path("battlesAnalysed")
                        .asInt())
                .isZero();
        assertProblem(get("/api/creators/no%20body/analytics"), 400);
        assertThat(get("/creators/no%20body/analytics").statusCode()).isEqualTo(400);
    }

    @Test
    void describesTheAnalyticsInTheOpenApiDocumentAndThePrivacyPolicy() throws Exception { // GH-12
        String openApi = get("/api/openapi.yaml").body();

        assertThat(openApi)
                .contains(
                        "/api/battles/{id}/analytics:",
                        "/api/battles/{id}/analytics/{table}.csv:",
                        "/api/creators/{username}/analytics:",
                        "/api/creators/{username}/analytics/{table}.csv:",
                        "- Analytics",
                        "BattleAnalyticsSide:",
                        "CreatorAnalyticsEndingCounts:");
        assertThat(get("/privacy").body()).contains("Battle analytics", "deleted with the battle");
    }

    private long count(String table, String battleId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE battle_id = :id")
                .param("id", battleId)
                .query(Long.class)
                .single();
    }

    private JsonNode createBattle(String a, String b) throws Exception {
        HttpResponse<String> created = post("/api/battles", """
                {"title": "Analytics test", "source": "INGEST", "start": true,
                 "sides": [{"label": "A", "rooms": [{"username": "%s"}]}, {"label": "B", "rooms": [{"username": "%s"}]}],
                 "rules": {"durationSeconds": 600}}""".formatted(a, b), Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created);
    }

    private void ingest(JsonNode battle, String... events) throws Exception {
        HttpResponse<String> answer = post(
                "/api/battles/" + battle.path("battle").path("id").asString() + "/events",
                "[" + String.join(",", events) + "]",
                Map.of("X-Ingest-Key", battle.path("ingestKey").asString()));
        assertThat(body(answer).path("accepted").asInt()).as(answer.body()).isEqualTo(events.length);
    }

    private String gift(String msgId, String room, String userId, String uniqueId, String nickname, int coins) {
        var gift = json.createObjectNode()
                .put("type", "gift")
                .put("msgId", msgId)
                .put("roomId", room)
                .put("userId", userId)
                .put("uniqueId", uniqueId)
                .put("nickname", nickname)
                .put("giftId", 9000 + coins)
                .put("giftName", "Gift")
                .put("giftType", 2)
                .put("diamondCount", coins)
                .put("repeatCount", 1);
        return json.writeValueAsString(gift);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private JsonNode body(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, Map.of());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET(), headers);
    }

    private HttpResponse<String> post(String path, Map<String, String> headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).POST(HttpRequest.BodyPublishers.noBody()), headers);
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(BASE + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    private HttpResponse<String> put(String path, String body, Map<String, String> headers) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(BASE + path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    private HttpResponse<String> delete(String path, Map<String, String> headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE(), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) throws Exception {
        headers.forEach(request::header);
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
