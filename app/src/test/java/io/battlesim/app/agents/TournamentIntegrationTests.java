package io.battlesim.app.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.auth.TestBrowser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RecordedCrowds;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
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
 * Tournaments end to end in emulator mode: a signed-in creator starts a round-robin through the API, the background
 * thread plays it to FINISHED, the standings put the stronger agent first and the top AI agents board shows it;
 * a cancellation keeps the standings so far; one tournament per user, the owner alone cancels; bad input is a 400
 * naming the field (a form message on the pages), and agent names are escaped everywhere. // GH-14
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class TournamentIntegrationTests {

    static final int PORT = TestSocketUtils.findAvailableTcpPort();
    static final URI BASE = URI.create("http://localhost:" + PORT + "/");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FINISHES_WITHIN = Duration.ofSeconds(90);
    private static final String HOSTILE_AGENT = "<img src=x onerror=alert(1)>";
    private static final String HOSTILE_TITLE = "<script>alert(1)</script>";

    @Autowired
    private TikTokEmulator emulator;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private TournamentService tournaments;

    @Autowired
    private BattleManagement battles;

    @Autowired
    private RecordedCrowds recordedCrowds;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("tournaments-it");
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> "http://localhost:" + PORT);
        registry.add("app.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:tournaments-it-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
        registry.add("app.insights.enabled", () -> "false");
        registry.add("app.live.demo-battle", () -> "false");
        registry.add("app.rate-limit.enabled", () -> "false"); // every test signs up a creator or two
        registry.add("app.agents.progress-interval", () -> "50ms");
    }

    /**
     * Whatever a test left queued or running stops, so the next test's tournament does not wait behind it, and the
     * creators go, so the next test signs them up afresh.
     */
    @AfterEach
    void stopTheTournamentsLeftRunning() {
        jdbc.sql("SELECT id FROM app_user").query(Long.class).list().forEach(tournaments::cancelAllOf);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM tournament WHERE status IN ('QUEUED', 'RUNNING')")
                                .query(Long.class)
                                .single()
                        == 0);
        jdbc.sql("DELETE FROM app_user").update();
    }

    @Test
    void playsARoundRobinToTheEndAndTheStrongerAgentLeadsTheStandingsAndTheBoard() {
        TestBrowser ava = signUp("ava.sparks");

        HttpResponse<String> created = ava.postJson("/api/tournaments", """
                {"name": "Strength test", "format": "ROUND_ROBIN", "gamesPerPairing": 2, "battleSeconds": 60,
                 "seed": 7, "agents": [
                   {"name": "Small Steady", "strategy": "STEADY", "budget": 10000},
                   {"name": "Big Steady", "strategy": "STEADY", "budget": 50000},
                   {"name": "Sniper", "strategy": "sniper", "budget": 10000, "params": {}}]}""", ava.xsrfHeader());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = json(created).path("id").asLong();
        assertThat(location).endsWith("/api/tournaments/" + id);
        JsonNode finished = awaitOver(id);
        assertThat(finished.path("status").asString()).isEqualTo("FINISHED");
        assertThat(finished.path("progress").path("done").asInt()).isEqualTo(6);
        assertThat(finished.path("progress").path("total").asInt()).isEqualTo(6);
        List<String> ranking = names(finished.path("standings"));
        assertThat(ranking).hasSize(3);
        assertThat(ranking.indexOf("Big Steady")).isLessThan(ranking.indexOf("Small Steady"));
        JsonNode big =
                finished.path("standings").get(ranking.indexOf("Big Steady")).path("standing");
        assertThat(big.path("games").asInt()).isEqualTo(4);
        assertThat(big.path("wins").asInt()).isGreaterThan(big.path("losses").asInt());
        assertThat(big.path("rating").asDouble()).isGreaterThan(1500);
        assertThat(big.path("deviation").asDouble()).isBetween(1.0, 350.0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tournament_agent WHERE tournament_id = :id AND standing_rank IS NOT"
                                + " NULL AND rating IS NOT NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("standings stored")
                .isEqualTo(3);

        JsonNode board = json(new TestBrowser(BASE).get("/api/leaderboards/agents"));
        List<String> boardNames = names(board.path("entries"));
        assertThat(boardNames).contains("Big Steady", "Small Steady", "Sniper");
        assertThat(boardNames.indexOf("Big Steady")).isLessThan(boardNames.indexOf("Small Steady"));
        JsonNode bigOnBoard = board.path("entries").get(boardNames.indexOf("Big Steady"));
        assertThat(bigOnBoard.path("strategy").asString()).isEqualTo("STEADY");
        assertThat(bigOnBoard.path("games").asLong()).isEqualTo(4);
        assertThat(bigOnBoard.path("rating").asDouble())
                .isEqualTo(big.path("rating").asDouble());
        assertThat(bigOnBoard.path("winRate").asDouble()).isPositive();
        assertThat(bigOnBoard.path("lastTournamentId").asLong()).isEqualTo(id);

        TestBrowser visitor = new TestBrowser(BASE);
        assertThat(visitor.get("/leaderboards").body())
                .contains("data-testid=\"top-agents-board\"")
                .contains("Big Steady")
                .contains("/tournaments/" + id)
                .doesNotContain("data-testid=\"no-agents\"");
        HttpResponse<String> page = visitor.get("/tournaments/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-testid=\"standings\"")
                .contains("Big Steady")
                .contains("How the ratings are computed")
                .doesNotContain("hx-trigger") // over: the page stops polling
                .doesNotContain("data-testid=\"cancel-tournament\"");
        assertThat(visitor.get("/tournaments").body()).contains("Strength test").contains("/tournaments/" + id);
        assertThat(json(visitor.get("/api/tournaments")).get(0).path("leader").asString())
                .isEqualTo(ranking.getFirst());
    }

    @Test
    void aTournamentInFrontOfRecordedCrowdsFitsThemFromTheFinishedRealBattles() throws Exception {
        BattleView real = battles.start(battles.create(new BattleSetup(
                        "Recorded",
                        List.of(
                                new SideSetup("A", List.of(RoomBinding.host("rec.a", "rec-room-a", "rec-host-a"))),
                                new SideSetup("B", List.of(RoomBinding.host("rec.b", "rec-room-b", "rec-host-b")))),
                        BattleRules.defaults().withDuration(Duration.ofMinutes(5)),
                        SourceKind.INGEST,
                        null))
                .id());
        long now = System.currentTimeMillis();
        for (int i = 0; i < 30; i++) {
            battles.submit(
                            real.id(),
                            new GiftReceived(
                                    "rec-" + i,
                                    i % 2 == 0 ? "rec-room-a" : "rec-room-b",
                                    new Sender("fan-" + i, "fan" + i, "Fan"),
                                    null,
                                    new Gift(5655, "Rose", 1, 1),
                                    3,
                                    true,
                                    "g" + i,
                                    now + i * 100L))
                    .get();
        }
        battles.end(real.id());
        recordedCrowds.forget();
        TestBrowser ava = signUp("ava.sparks");

        HttpResponse<String> created = ava.postJson("/api/tournaments", """
                {"name": "Recorded crowds", "gamesPerPairing": 1, "battleSeconds": 60, "crowd": "RECORDED",
                 "agents": [{"name": "Steady", "strategy": "STEADY", "budget": 1000},
                            {"name": "Sniper", "strategy": "SNIPER", "budget": 1000}]}""", ava.xsrfHeader());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).path("id").asLong();
        JsonNode finished = awaitOver(id);
        assertThat(finished.path("status").asString()).isEqualTo("FINISHED");
        assertThat(finished.path("crowd").asString()).isEqualTo("RECORDED");
        assertThat(finished.path("crowdBattles").asInt()).isEqualTo(1);
        assertThat(new TestBrowser(BASE).get("/tournaments/" + id).body())
                .contains("crowds fitted to 1 recorded battle");
    }

    @Test
    void oneTournamentPerUserOnlyItsOwnerCancelsAndACancellationKeepsTheStandingsSoFar() {
        TestBrowser mia = signUp("mia.moves");
        TestBrowser leo = signUp("leo.beats");
        TestBrowser signedOut = new TestBrowser(BASE);
        String long5 = """
                {"name": "Marathon", "gamesPerPairing": 100, "cycles": 10, "battleSeconds": 600}""";

        HttpResponse<String> started = mia.postJson("/api/tournaments", long5, mia.xsrfHeader());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long id = json(started).path("id").asLong();
        assertThat(json(started).path("progress").path("total").asInt()).isEqualTo(10_000);

        HttpResponse<String> second = mia.postJson("/api/tournaments", long5, mia.xsrfHeader());
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(problem(second).path("activeTournamentId").asLong()).isEqualTo(id);
        assertThat(leo.postJson("/api/tournaments/" + id + "/cancel", "", leo.xsrfHeader())
                        .statusCode())
                .isEqualTo(403);
        assertThat(signedOut.postJson("/api/tournaments", long5, Map.of()).statusCode())
                .isEqualTo(401);
        assertThat(signedOut
                        .postJson("/api/tournaments/" + id + "/cancel", "", Map.of())
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> leosView = leo.get("/tournaments/" + id);
        assertThat(leosView.body()).doesNotContain("data-testid=\"cancel-tournament\"");
        HttpResponse<String> miasView = mia.get("/tournaments/" + id);
        assertThat(miasView.body())
                .contains("data-testid=\"cancel-tournament\"")
                .contains("hx-get=\"/tournaments/" + id + "/live\"")
                .contains("hx-trigger=\"every 1s\"");
        await().atMost(FINISHES_WITHIN)
                .until(() -> tournament(id).path("progress").path("done").asInt() >= 2);
        assertThat(mia.get("/tournaments/" + id + "/live").body())
                .contains("data-testid=\"tournament-progress\"")
                .doesNotContain("<html");

        HttpResponse<String> cancelled = mia.postJson("/api/tournaments/" + id + "/cancel", "", mia.xsrfHeader());

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        JsonNode stopped = json(cancelled);
        assertThat(stopped.path("status").asString()).isEqualTo("CANCELLED");
        int done = stopped.path("progress").path("done").asInt();
        assertThat(done).isBetween(2, 9_999);
        assertThat(stopped.path("standings").size()).isEqualTo(5);
        int games = 0;
        for (JsonNode agent : stopped.path("standings")) {
            games += agent.path("standing").path("games").asInt();
        }
        assertThat(games).as("each battle counts for both its agents").isEqualTo(2 * done);
        assertThat(mia.postJson("/api/tournaments/" + id + "/cancel", "", mia.xsrfHeader())
                        .statusCode())
                .isEqualTo(409);
        assertThat(json(signedOut.get("/api/leaderboards/agents"))
                        .path("entries")
                        .toString())
                .as("a cancelled tournament rates nobody")
                .doesNotContain("\"lastTournamentId\":" + id + ",")
                .doesNotContain("\"lastTournamentId\":" + id + "}");
        assertThat(mia.get("/tournaments/" + id).body())
                .contains("data-testid=\"standings\"")
                .contains("Cancelled");
        // over, the slot is free again
        assertThat(mia.postJson("/api/tournaments", "{\"name\": \"Again\"}", mia.xsrfHeader())
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void deletingTheAccountStopsItsTournamentAndKeepsItWithoutTheOwner() {
        TestBrowser ava = signUp("ava.sparks");
        HttpResponse<String> started = ava.postJson(
                "/api/tournaments",
                "{\"name\": \"Left behind\", \"gamesPerPairing\": 100, \"cycles\": 10}",
                ava.xsrfHeader());
        long id = json(started).path("id").asLong();

        HttpResponse<String> deleted = ava.postForm("/account/delete", TestBrowser.formWithCsrf(ava.get("/")));

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(tournament(id).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tournament WHERE id = :id AND owner_user_id IS NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badInputIsA400ProblemNamingTheField() {
        TestBrowser kai = signUp("kai.games");
        Map<String, String> headers = kai.xsrfHeader();
        String seventeen = IntStream.range(0, 17)
                .mapToObj(i -> "{\"name\": \"A" + i + "\", \"strategy\": \"STEADY\", \"budget\": 100}")
                .collect(Collectors.joining(",", "[", "]"));

        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"name\": \"None\", \"agents\": []}", "agents");
        cases.put("{\"name\": \"Many\", \"agents\": " + seventeen + "}", "agents");
        cases.put(
                "{\"name\": \"Broke\", \"agents\": [{\"name\": \"A\", \"strategy\": \"STEADY\", \"budget\": 5},"
                        + " {\"name\": \"B\", \"strategy\": \"WHALE\", \"budget\": -1}]}",
                "agents[1].budget");
        cases.put(
                "{\"name\": \"Odd\", \"agents\": [{\"name\": \"A\", \"strategy\": \"BERSERK\", \"budget\": 5},"
                        + " {\"name\": \"B\", \"strategy\": \"WHALE\", \"budget\": 5}]}",
                "agents[0].strategy");
        cases.put("{\"name\": \"Endless\", \"gamesPerPairing\": 1000000}", "gamesPerPairing");
        cases.put(
                "{\"name\": \"Too long\", \"gamesPerPairing\": 100, \"cycles\": 10, \"agents\": "
                        + seventeen.replace(",{\"name\": \"A16\", \"strategy\": \"STEADY\", \"budget\": 100}", "")
                        + "}",
                "gamesPerPairing");
        cases.put("{\"name\": \"\"}", "name");
        cases.put(
                "{\"name\": \"Typo\", \"agents\": [{\"name\": \"A\", \"strategy\": \"STEADY\", \"budget\": 5,"
                        + " \"params\": {\"tapsPerSecnd\": 2}}, {\"name\": \"B\", \"strategy\": \"WHALE\","
                        + " \"budget\": 5}]}",
                "agents[0].params");
        cases.forEach((body, field) -> {
            HttpResponse<String> answer = kai.postJson("/api/tournaments", body, headers);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(names(problem(answer).path("errors"), "field")).as(body).contains(field);
        });
        for (String broken : List.of("{\"name\": ", "[]", "{\"name\": \"x\", \"agents\": 3}")) {
            HttpResponse<String> answer = kai.postJson("/api/tournaments", broken, headers);
            assertThat(answer.statusCode()).as(broken).isEqualTo(400);
            problem(answer);
        }
        assertThat(kai.get("/api/openapi").body())
                .as("described for the docs")
                .contains("\"/api/tournaments\"")
                .contains("\"/api/tournaments/{id}/cancel\"")
                .contains("Tournaments");
        for (String path : List.of("/api/tournaments/abc", "/api/tournaments?limit=0", "/api/tournaments/987654")) {
            HttpResponse<String> answer = kai.get(path);
            assertThat(answer.statusCode()).as(path).isIn(400, 404);
            problem(answer);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tournament WHERE name IN ('None', 'Many', 'Broke', 'Odd',"
                                + " 'Endless', 'Too long', 'Typo')")
                        .query(Long.class)
                        .single())
                .as("nothing started")
                .isZero();
    }

    @Test
    void theStartFormShowsEveryMistakeAtItsFieldAndNeverAServerError() {
        TestBrowser noah = signUp("noah.laughs");
        TestBrowser signedOut = new TestBrowser(BASE);

        HttpResponse<String> page = noah.get("/tournaments");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-testid=\"tournament-form\"")
                .contains("data-testid=\"agent-row-4\"")
                .doesNotContain("data-testid=\"agent-row-5\"")
                .contains("value=\"Sniper\"");
        Map<String, String> form = form(page, 5);

        HttpResponse<String> removed = noah.postForm("/tournaments", with(form, "edit", "remove-0"));
        assertThat(removed.body())
                .contains("data-testid=\"agent-row-3\"")
                .doesNotContain("data-testid=\"agent-row-4\"");
        HttpResponse<String> added = noah.postForm("/tournaments", with(form, "edit", "add"));
        assertThat(added.body()).contains("data-testid=\"agent-row-5\"");

        HttpResponse<String> notANumber = noah.postForm("/tournaments", with(form, "gamesPerPairing", "abc"));
        assertThat(notANumber.statusCode()).isEqualTo(200);
        assertThat(notANumber.body()).contains("data-testid=\"error-games\"").contains("must be a whole number");

        Map<String, String> wrong = with(form, "agents[1].budget", "-5");
        wrong.put("agents[2].strategy", "BOGUS");
        wrong.put("agents[3].params", "tapsPerSecond=fast");
        wrong.put("gamesPerPairing", "1000000");
        HttpResponse<String> invalid = noah.postForm("/tournaments", wrong);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body())
                .contains("data-testid=\"error-agent-params-3\"")
                .doesNotContain("Exception");
        Map<String, String> wrongValues = with(form, "agents[1].budget", "-5");
        wrongValues.put("agents[2].strategy", "BOGUS");
        wrongValues.put("gamesPerPairing", "1000000");
        HttpResponse<String> refused = noah.postForm("/tournaments", wrongValues);
        assertThat(refused.body())
                .contains("data-testid=\"error-agent-budget-1\"")
                .contains("must not be negative")
                .contains("data-testid=\"error-agent-strategy-2\"")
                .contains("data-testid=\"error-games\"")
                .contains("must be between 1 and 100");

        Map<String, String> none = new LinkedHashMap<>();
        none.put("_csrf", form.get("_csrf"));
        none.put("name", "Nobody");
        assertThat(noah.postForm("/tournaments", none).body()).contains("data-testid=\"error-agents\"");
        Map<String, String> tooMany = new LinkedHashMap<>(form);
        for (int i = 5; i < 17; i++) {
            tooMany.put("agents[" + i + "].name", "Extra " + i);
            tooMany.put("agents[" + i + "].strategy", "WHALE");
            tooMany.put("agents[" + i + "].budget", "100");
        }
        assertThat(noah.postForm("/tournaments", tooMany).body())
                .contains("data-testid=\"error-agents\"")
                .contains("must hold 2 to 16 agents");
        Map<String, String> farOff = with(form, "agents[99].name", "Far"); // past the form's rows: left out
        farOff.put("name", "");
        HttpResponse<String> ignored = noah.postForm("/tournaments", farOff);
        assertThat(ignored.statusCode()).isEqualTo(200);
        assertThat(ignored.body()).contains("data-testid=\"error-name\"").doesNotContain("value=\"Far\"");

        for (String path : List.of("/tournaments/abc", "/tournaments/99999999999999999999", "/tournaments/987654")) {
            HttpResponse<String> answer = noah.get(path, Map.of("Accept", "text/html"));
            assertThat(answer.statusCode()).as(path).isBetween(400, 404);
            assertThat(answer.body()).as(path).doesNotContain("Exception");
        }
        assertThat(signedOut.get("/tournaments").body())
                .contains("data-testid=\"tournament-sign-in\"")
                .doesNotContain("data-testid=\"tournament-form\"");

        Map<String, String> valid = with(form, "name", "From the form");
        valid.put("gamesPerPairing", "100"); // long enough to be running when it is cancelled
        valid.put("battleSeconds", "600");
        HttpResponse<String> startedByForm = noah.postForm("/tournaments", valid);
        assertThat(startedByForm.statusCode()).isEqualTo(302);
        String tournamentPage = TestBrowser.location(startedByForm).getPath();
        assertThat(tournamentPage).matches("/tournaments/\\d+");
        HttpResponse<String> shown = noah.get(tournamentPage);
        assertThat(shown.body()).contains("From the form").contains("data-testid=\"cancel-tournament\"");
        HttpResponse<String> cancelled = noah.postForm(tournamentPage + "/cancel", TestBrowser.formWithCsrf(shown));
        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(noah.follow(cancelled).body()).contains("data-status=\"CANCELLED\"");
    }

    @Test
    void escapesHostileNamesOnEveryPage() {
        TestBrowser leo = signUp("leo.beats");
        String body = "{\"name\": " + JSON.writeValueAsString(HOSTILE_TITLE)
                + ", \"gamesPerPairing\": 1, \"battleSeconds\": 30, \"agents\": [{\"name\": "
                + JSON.writeValueAsString(HOSTILE_AGENT) + ", \"strategy\": \"STEADY\", \"budget\": 20000},"
                + " {\"name\": \"\\\"><svg onload=alert(2)>\", \"strategy\": \"STEADY\", \"budget\": 100}]}";

        HttpResponse<String> created = leo.postJson("/api/tournaments", body, leo.xsrfHeader());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).path("id").asLong();
        assertThat(awaitOver(id).path("status").asString()).isEqualTo("FINISHED");

        TestBrowser visitor = new TestBrowser(BASE);
        for (String path :
                List.of("/tournaments", "/tournaments/" + id, "/tournaments/" + id + "/live", "/leaderboards")) {
            String page = visitor.get(path).body();
            assertThat(page)
                    .as(path)
                    .doesNotContain(HOSTILE_AGENT)
                    .doesNotContain("<svg onload")
                    .doesNotContain(HOSTILE_TITLE);
        }
        assertThat(visitor.get("/tournaments/" + id).body())
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(visitor.get("/leaderboards").body()).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    private JsonNode awaitOver(long id) {
        await().atMost(FINISHES_WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !List.of("QUEUED", "RUNNING")
                        .contains(tournament(id).path("status").asString()));
        return tournament(id);
    }

    private static JsonNode tournament(long id) {
        return json(new TestBrowser(BASE).get("/api/tournaments/" + id));
    }

    /** The start form's fields as the page shows them, with its CSRF token. */
    private static Map<String, String> form(HttpResponse<String> page, int agents) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", TestBrowser.csrfFieldOf(page));
        fields.put("name", "Form ladder");
        fields.put("format", "ROUND_ROBIN");
        fields.put("cycles", "1");
        fields.put("rounds", "");
        fields.put("gamesPerPairing", "1");
        fields.put("battleSeconds", "30");
        fields.put("seed", "");
        List<String> names = List.of("Steady", "Sniper", "Whale", "Reactive", "Planner");
        for (int i = 0; i < agents; i++) {
            fields.put("agents[" + i + "].name", names.get(i));
            fields.put("agents[" + i + "].strategy", names.get(i).toUpperCase(java.util.Locale.ROOT));
            fields.put("agents[" + i + "].budget", "10000");
            fields.put("agents[" + i + "].params", "");
        }
        return fields;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(field, value);
        return copy;
    }

    private static List<String> names(JsonNode array) {
        return names(array, "name");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.path(field).asString()));
        return names;
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    /** A new browser, signed up as {@code username} through the emulator and the consent page. */
    private TestBrowser signUp(String username) {
        TestBrowser browser = new TestBrowser(BASE);
        browser.signUp(emulator, username);
        return browser;
    }
}
