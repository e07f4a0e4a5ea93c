package io.battlesim.app.battle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.session.ApiSessions;
import io.battlesim.app.live.LiveIntegrationTestSupport;
import io.battlesim.app.live.connector.ConnectorRegistry;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.sim.CrowdModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Simulations played at 1x through the API (agents and crowds on every side, watched live, never counted), and the
 * crowd fitted to this app's own recorded battles, which leaves practice battles and simulations out. // GH-14
 */
class SimulationIntegrationTests extends LiveIntegrationTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private ApiSessions sessions;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ConnectorRegistry connectors;

    @Autowired
    private RecordedCrowds recordedCrowds;

    @Test
    void twoAgentsBattleInRealTimeWhileNoRoomIsFollowedAndNothingReachesTheBoards() throws Exception {
        HttpResponse<String> created = post("""
                {"title": "Sniper vs Steady",
                 "rules": {"durationSeconds": 8},
                 "start": true,
                 "simulation": {"sides": [{"label": "Sniper", "strategy": "SNIPER", "budget": 30000},
                                          {"label": "Steady", "strategy": "STEADY", "budget": 30000}],
                                "crowd": "NONE", "seed": 7}}""", bearerOfANewUser("simulation-api"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode battleJson = json.readTree(created.body()).path("battle");
        String id = battleJson.path("id").asString();
        assertThat(battleJson.path("source").asString()).isEqualTo("SIMULATED");
        BattleView battle = battles.find(id).orElseThrow();

        assertThat(battle.title()).isEqualTo("Simulation: Sniper vs Steady");
        assertThat(battle.setup().simulated()).isTrue();
        assertThat(battle.setup().sides()).extracting(SideSetup::label).containsExactly("Sniper", "Steady");
        assertThat(connectors.status(id)).isEmpty();
        // the steady agent gives from the first seconds, at 1x: the battle is still running meanwhile
        await().atMost(Duration.ofSeconds(4))
                .untilAsserted(() -> assertThat(score(id, 1)).isPositive());
        assertThat(battles.find(id).orElseThrow().status()).isEqualTo(BattleStatus.LIVE);
        long sniperBeforeTheEnd = score(id, 0);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> battles.find(id).orElseThrow().status() == BattleStatus.ENDED);
        // the sniper saved its coins for the last seconds
        assertThat(score(id, 0)).isGreaterThan(sniperBeforeTheEnd);
        Thread.sleep(2_000); // a few rounds of the leaderboard projector (every second)
        for (String table :
                new String[] {"battle_tally", "board_battle_gifter", "board_battle_creator", "board_battle_total"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE battle_id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void aCrowdOnlySideGivesWithoutAnAgent() throws Exception {
        HttpResponse<String> created = post("""
                {"title": "Crowd vs Whale",
                 "rules": {"durationSeconds": 30},
                 "start": true,
                 "simulation": {"sides": [{"label": "Crowd"}, {"label": "Whale", "strategy": "WHALE", "budget": 5000}],
                                "crowd": "TYPICAL"}}""", bearerOfANewUser("simulation-crowd"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("battle").path("id").asString();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(score(id, 0)).isPositive());
        battles.end(id);
    }

    @Test
    void refusesBadSimulationRequests() throws Exception {
        Map<String, String> bearer = bearerOfANewUser("simulation-bad");
        String two = """
                {"title": "T", "simulation": {"sides": [%s, {"label": "B", "strategy": "STEADY", "budget": 1000}]%s}}""";

        assertThat(post(two.formatted("{\"label\": \"A\", \"strategy\": \"STEADY\", \"budget\": 1000}", ""), Map.of())
                        .statusCode())
                .as("signed out")
                .isEqualTo(400);
        HttpResponse<String> nobody = post(two.formatted("{\"label\": \"A\"}", ", \"crowd\": \"NONE\""), bearer);
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(nobody.body()).contains("nobody would give");
        assertThat(post(two.formatted("{\"label\": \"A\", \"strategy\": \"STEADY\", \"budget\": 5}", ""), bearer)
                        .statusCode())
                .as("budget")
                .isEqualTo(400);
        assertThat(post(two.formatted("{\"label\": \"A\", \"strategy\": \"STEADY\"}", ""), bearer)
                        .statusCode())
                .as("strategy without budget")
                .isEqualTo(400);
        assertThat(post("""
                        {"title": "T", "simulation": {"sides": [{"label": "A", "strategy": "STEADY", "budget": 1000}]}}""", bearer).statusCode()).as("one side").isEqualTo(400);
        assertThat(post("""
                        {"title": "T", "sides": [{"label": "A", "rooms": [{"username": "a"}]},
                          {"label": "B", "rooms": [{"username": "b"}]}], "source": "SIMULATED"}""", bearer).statusCode())
                .as("SIMULATED chosen by hand")
                .isEqualTo(400);
        assertThat(post(
                                two.formatted(
                                        "{\"label\": \"A\", \"strategy\": \"STEADY\", \"budget\": 1000}",
                                        ", \"crowd\": \"LOUD\""),
                                bearer)
                        .statusCode())
                .as("unknown crowd")
                .isEqualTo(400);
    }

    @Test
    void theSimulationPageAnswersAStrangerWithoutAServerError() throws Exception {
        HttpResponse<String> form = get("/battles/simulate?rematch=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("data-testid=\"sign-in-required\"")
                .contains("data-testid=\"start-simulation\" disabled")
                .doesNotContain("<script>alert(1)</script>");
        HttpResponse<String> started = http.send(
                HttpRequest.newBuilder(BASE.resolve(URI.create("/battles/simulate")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("label=%F0%9F%8E%AF&strategy=NONSENSE&budget=-1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as("no CSRF token, signed out").isEqualTo(403);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(BASE.resolve(URI.create(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRecordedCrowdIsFittedFromRealBattlesOnlyAndUsedOnBothSides() throws Exception {
        Gift trophy = new Gift(990_001, "Fit Trophy", 0, 7);
        Gift decoy = new Gift(990_002, "Simulated Decoy", 0, 7);
        BattleView real = battles.start(battles.create(new BattleSetup(
                        "Recorded",
                        List.of(
                                new SideSetup("A", List.of(RoomBinding.host("fit.a", "fit-room-a", "fit-host-a"))),
                                new SideSetup("B", List.of(RoomBinding.host("fit.b", "fit-room-b", "fit-host-b")))),
                        BattleRules.defaults().withDuration(Duration.ofMinutes(5)),
                        SourceKind.INGEST,
                        null))
                .id());
        gifts(real.id(), "fit-room-a", trophy, 40);
        battles.end(real.id());
        BattleView simulated = battles.create(new Simulation(
                        List.of(new Simulation.SimulatedSide("A", null, 0), new Simulation.SimulatedSide("B", null, 0)),
                        CrowdKind.TYPICAL,
                        1)
                .setup("Decoy", BattleRules.defaults().withDuration(Duration.ofMinutes(5)), null));
        battles.start(simulated.id());
        gifts(simulated.id(), "ai-side-1", decoy, 40);
        battles.end(simulated.id());
        recordedCrowds.forget();

        RecordedCrowds.Fitted fitted = recordedCrowds.fitted();

        assertThat(fitted.battles()).isPositive();
        assertThat(fitted.model().mix())
                .anySatisfy(weighted -> assertThat(weighted.gift().name()).isEqualTo("Fit Trophy"));
        assertThat(fitted.model().mix())
                .noneSatisfy(weighted -> assertThat(weighted.gift().name()).isEqualTo("Simulated Decoy"));
        assertThat(recordedCrowds.model(CrowdKind.RECORDED)).isSameAs(fitted.model());
        assertThat(recordedCrowds.model(CrowdKind.TYPICAL)).isEqualTo(CrowdModel.typical());
        assertThat(recordedCrowds.model(CrowdKind.NONE)).isNull();
    }

    private void gifts(String battleId, String roomId, Gift gift, int count) throws Exception {
        long now = System.currentTimeMillis();
        List<CompletableFuture<Admission>> admissions = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            admissions.add(battles.submit(
                    battleId,
                    new GiftReceived(
                            battleId + "-" + roomId + "-" + i,
                            roomId,
                            new Sender("fan-" + i, "fan" + i, "Fan " + i),
                            null,
                            gift,
                            1,
                            true,
                            null,
                            now + i)));
        }
        CompletableFuture.allOf(admissions.toArray(CompletableFuture[]::new)).get();
    }

    private Map<String, String> bearerOfANewUser(String openId) {
        long user = TestDatabases.insertUser(jdbc, openId);
        return Map.of("Authorization", "Bearer " + sessions.issue(user).token());
    }

    private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(URI.create("/api/battles")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
