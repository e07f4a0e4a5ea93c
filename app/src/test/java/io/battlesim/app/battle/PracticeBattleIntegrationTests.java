package io.battlesim.app.battle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.session.ApiSessions;
import io.battlesim.app.live.ConnectionStatus;
import io.battlesim.app.live.LiveIntegrationTestSupport;
import io.battlesim.app.live.connector.ConnectorRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Practice battles through the API against the emulator's rooms: an AI plays one side and nothing counts (the
 * context is shared with the other LIVE tests, so the boards are checked for this battle only).
 */
class PracticeBattleIntegrationTests extends LiveIntegrationTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private ApiSessions sessions;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ConnectorRegistry connectors;

    @Test
    void theAgentScoresWhileOnlyTheRealRoomIsFollowedAndNothingReachesTheBoards() throws Exception {
        String roomId = room("ava.sparks").roomId();
        HttpResponse<String> created = post("""
                {"title": "Ava warms up",
                 "sides": [{"label": "Ava", "rooms": [{"username": "ava.sparks", "roomId": "%s"}]}],
                 "rules": {"durationSeconds": 6},
                 "source": "LIVE_API",
                 "start": true,
                 "practice": {"strategy": "STEADY", "budget": 20000}}""".formatted(roomId), bearerOfANewUser("practice-api"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("battle").path("id").asString();
        BattleView battle = battles.find(id).orElseThrow();

        assertThat(battle.title()).isEqualTo("Practice: Ava warms up");
        assertThat(battle.setup().practice()).isNotNull();
        assertThat(battle.setup().sides()).hasSize(2);
        assertThat(battle.setup().sides().get(1).label()).isEqualTo("AI Steady");
        assertThat(connectors.status(id)).extracting(ConnectionStatus::roomId).containsExactly(roomId);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(score(id, 1)).isPositive());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> battles.find(id).orElseThrow().status() == BattleStatus.ENDED);
        Thread.sleep(3_000); // a few rounds of the leaderboard projector (every second)
        for (String table :
                new String[] {"battle_tally", "board_battle_gifter", "board_battle_creator", "board_battle_total"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE battle_id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM board_creator WHERE creator = 'ai'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesBadPracticeRequests() throws Exception {
        String oneSide = """
                {"title": "Ava warms up",
                 "sides": [{"label": "Ava", "rooms": [{"username": "ava.sparks"}]}],
                 "source": "LIVE_API",
                 "practice": %s}""";
        Map<String, String> bearer = bearerOfANewUser("practice-bad");

        assertThat(post(oneSide.formatted("{\"strategy\": \"STEADY\", \"budget\": 5}"), bearer)
                        .statusCode())
                .isEqualTo(400);
        assertThat(post(oneSide.formatted("{\"strategy\": \"NONSENSE\", \"budget\": 20000}"), bearer)
                        .statusCode())
                .isEqualTo(400);
        assertThat(post(oneSide.formatted("{\"strategy\": \"SNIPER\", \"budget\": 20000}"), Map.of())
                        .statusCode())
                .as("signed out")
                .isEqualTo(400);
        assertThat(post(oneSide.formatted("null"), bearer).statusCode())
                .as("one side without practice")
                .isEqualTo(400);
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
