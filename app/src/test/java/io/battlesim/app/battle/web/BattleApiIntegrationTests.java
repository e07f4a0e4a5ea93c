package io.battlesim.app.battle.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.session.ApiSessions;
import io.battlesim.app.battle.Admission;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
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
 * The battle JSON API on a real server in emulator mode, with problem+json errors, and who may control a battle
 * (the same rules as with real TikTok).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class BattleApiIntegrationTests {

    static final int PORT = TestSocketUtils.findAvailableTcpPort();
    static final String BASE = "http://localhost:" + PORT;

    private static final String AVA_VS_LEO = """
            {"title": "Ava <b>vs</b> Leo",
             "sides": [{"label": "Ava", "rooms": [{"username": "ava.sparks", "roomId": "r-ava"}]},
                       {"label": "Leo", "rooms": [{"username": "leo.beats", "roomId": "r-leo", "hostUserId": "u-leo"}]}],
             "rules": {"durationSeconds": 120, "pointsPerLike": 1, "audiencePowerUps": ["MAGIC_MIST"]},
             "start": %s}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private BattleManagement battles;

    @DynamicPropertySource
    static void appOnAFreePort(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("battle-api-it");
        registry.add("server.port", () -> PORT);
        registry.add("app.public-url", () -> BASE);
        registry.add("app.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:battle-api-it-" + PORT
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("app.tiktok.client-key", () -> "");
        registry.add("app.tiktok.client-secret", () -> "");
    }

    @Autowired
    private ApiSessions sessions;

    @Autowired
    private JdbcClient jdbc;

    private HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body, Map.of());
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> control(JsonNode created) {
        return Map.of("X-Control-Token", created.path("controlToken").asString());
    }

    private Map<String, String> bearerOfANewUser(String openId) {
        long user = TestDatabases.insertUser(jdbc, openId);
        return Map.of("Authorization", "Bearer " + sessions.issue(user).token());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, Map.of());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private JsonNode created(boolean start) throws Exception {
        HttpResponse<String> response = post("/api/battles", AVA_VS_LEO.formatted(start));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Nested
    class Creating {

        @Test
        void createsAndStartsABattleWithoutSignInAndHandsOutItsControlToken() throws Exception {
            HttpResponse<String> response = post("/api/battles", AVA_VS_LEO.formatted(true));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode created = body(response);
            String id = created.path("battle").path("id").asString();
            assertThat(response.headers().firstValue("Location")).contains("/api/battles/" + id);
            assertThat(created.path("battle").path("status").asString()).isEqualTo("LIVE");
            assertThat(created.path("battle").path("title").asString()).isEqualTo("Ava <b>vs</b> Leo");
            assertThat(created.path("battle").path("sides").path(1).path("id").asString())
                    .isEqualTo("s2");
            assertThat(created.path("battle")
                            .path("rules")
                            .path("durationSeconds")
                            .asLong())
                    .isEqualTo(120);
            assertThat(created.path("ingestKey").asString()).startsWith("ik_");
            assertThat(battles.ingestKeyMatches(id, created.path("ingestKey").asString()))
                    .isTrue();
            assertThat(created.path("ingestUrl").asString()).isEqualTo(BASE + "/api/battles/" + id + "/events");
            assertThat(created.path("overlayUrl").asString())
                    .isEqualTo(BASE + "/overlay/"
                            + created.path("battle").path("overlayToken").asString());
            assertThat(created.path("battle").path("snapshot").path("phase").asString())
                    .isEqualTo("LIVE");
            assertThat(created.path("controlToken").asString()).startsWith("ct_");
            assertThat(battles.find(id).orElseThrow().setup().ownerUserId()).isNull();
        }

        @Test
        void createsAScheduledBattleToStartLater() throws Exception {
            JsonNode created = created(false);
            String id = created.path("battle").path("id").asString();

            assertThat(body(get("/api/battles/" + id)).path("status").asString())
                    .isEqualTo("SCHEDULED");
            HttpResponse<String> started = post("/api/battles/" + id + "/start", "", control(created));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            assertThat(body(started).path("status").asString()).isEqualTo("LIVE");
            assertProblem(post("/api/battles/" + id + "/start", "", control(created)), 409);
        }

        @Test
        void givesASignedInCreatorTheBattleAndNoControlToken() throws Exception { // GH-10
            Map<String, String> ava = bearerOfANewUser("open-api-ava");

            HttpResponse<String> response = post("/api/battles", AVA_VS_LEO.formatted(true), ava);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode created = body(response);
            String id = created.path("battle").path("id").asString();
            assertThat(created.path("controlToken").isNull()).isTrue();
            assertThat(post("/api/battles/" + id + "/end", "", bearerOfANewUser("open-api-leo"))
                            .statusCode())
                    .isEqualTo(403);
            assertThat(post("/api/battles/" + id + "/end", "").statusCode()).isEqualTo(401);
            assertThat(post("/api/battles/" + id + "/end", "", ava).statusCode())
                    .isEqualTo(200);
        }

        @Test
        void namesTheMissingField() throws Exception {
            HttpResponse<String> response = post("/api/battles", """
                    {"sides": [{"label": "A", "rooms": [{"username": "a"}]},
                               {"label": "B", "rooms": [{"username": "b"}]}]}""");

            assertProblem(response, 400);
            assertThat(body(response).path("detail").asString()).contains("title");
        }

        @Test
        void namesAFieldBrokenDeepInTheSides() throws Exception {
            HttpResponse<String> oneSide = post("/api/battles", """
                    {"title": "t", "sides": [{"label": "A", "rooms": [{"username": "a"}]}]}""");
            HttpResponse<String> blankLabel = post("/api/battles", """
                    {"title": "t", "sides": [{"label": "A", "rooms": [{"username": "a"}]},
                                             {"label": " ", "rooms": [{"username": "b"}]}]}""");
            HttpResponse<String> sameRoom = post("/api/battles", """
                    {"title": "t", "sides": [{"label": "A", "rooms": [{"username": "a", "roomId": "r"}]},
                                             {"label": "B", "rooms": [{"username": "b", "roomId": "r"}]}]}""");
            HttpResponse<String> tooLong = post("/api/battles", """
                    {"title": "t", "rules": {"durationSeconds": 0},
                     "sides": [{"label": "A", "rooms": [{"username": "a"}]},
                               {"label": "B", "rooms": [{"username": "b"}]}]}""");

            assertProblem(oneSide, 400);
            assertThat(body(oneSide).path("detail").asString()).contains("sides");
            assertProblem(blankLabel, 400);
            assertThat(body(blankLabel).path("detail").asString()).contains("sides[1].label");
            assertProblem(sameRoom, 400);
            assertThat(body(sameRoom).path("detail").asString()).contains("sides[1].rooms[0].roomId");
            assertProblem(tooLong, 400);
            assertThat(body(tooLong).path("detail").asString()).contains("rules.durationSeconds");
        }

        @Test
        void refusesMalformedJson() throws Exception {
            assertProblem(post("/api/battles", "{\"title\": "), 400);
            assertProblem(
                    post(
                            "/api/battles",
                            AVA_VS_LEO.formatted(true).replace("\"start\"", "\"source\": \"FAX\", \"start\"")),
                    400);
        }
    }

    @Nested
    class Following {

        @Test
        void answersNotFoundForAnUnknownBattle() throws Exception {
            HttpResponse<String> response = get("/api/battles/nosuchbattle");

            assertProblem(response, 404);
            assertThat(body(response).path("title").asString()).isEqualTo("Battle not found");
            assertProblem(post("/api/battles/nosuchbattle/end", ""), 404);
            assertProblem(
                    post("/api/battles/nosuchbattle/power-ups", "{\"sideId\":\"s1\",\"kind\":\"MAGIC_MIST\"}"), 404);
        }

        @Test
        void showsTheLiveScores() throws Exception {
            String id = created(true).path("battle").path("id").asString();
            var gift = new GiftReceived(
                    "api-g1",
                    "r-leo",
                    new Sender("9", "zoe", "Zoe"),
                    null,
                    new Gift(6267, "Corgi", 2, 299),
                    1,
                    false,
                    null,
                    System.currentTimeMillis());

            assertThat(battles.submit(id, gift).join()).isEqualTo(Admission.ACCEPTED);
            JsonNode battle = body(get("/api/battles/" + id));

            assertThat(battle.path("snapshot")
                            .path("sides")
                            .path(1)
                            .path("score")
                            .asLong())
                    .isEqualTo(299);
            assertThat(battle.path("snapshot")
                            .path("sides")
                            .path(1)
                            .path("topGifters")
                            .path(0)
                            .path("nickname")
                            .asString())
                    .isEqualTo("Zoe");
            assertThat(get("/actuator/prometheus").body()).contains("battle_events_total{outcome=\"accepted\"}");
        }

        @Test
        void triggersBoostersAndReportsRefusals() throws Exception {
            JsonNode created = created(true);
            String id = created.path("battle").path("id").asString();
            String path = "/api/battles/" + id + "/power-ups";

            HttpResponse<String> mist = post(path, "{\"sideId\":\"s1\",\"kind\":\"MAGIC_MIST\"}", control(created));
            HttpResponse<String> mistAgain =
                    post(path, "{\"sideId\":\"s1\",\"kind\":\"MAGIC_MIST\"}", control(created));
            HttpResponse<String> unknownSide =
                    post(path, "{\"sideId\":\"s9\",\"kind\":\"MAGIC_MIST\"}", control(created));
            HttpResponse<String> unknownKind = post(path, "{\"sideId\":\"s1\",\"kind\":\"BANANA\"}", control(created));

            assertThat(mist.statusCode()).as(mist.body()).isEqualTo(200);
            assertThat(body(mist).path("result").asString()).isEqualTo("activated");
            assertThat(body(mistAgain).path("result").asString()).isEqualTo("refused");
            assertThat(body(mistAgain).path("reason").asString()).isEqualTo("ALREADY_ACTIVE");
            assertProblem(unknownSide, 400);
            assertThat(body(unknownSide).path("detail").asString()).contains("sideId");
            assertProblem(unknownKind, 400);
            assertThat(body(get("/api/battles/" + id))
                            .path("snapshot")
                            .path("sides")
                            .path(0)
                            .path("hidden")
                            .asBoolean())
                    .isTrue();
        }

        @Test
        void refusesStrangersWhoHoldNoControlToken() throws Exception { // GH-10
            JsonNode created = created(true);
            String id = created.path("battle").path("id").asString();
            JsonNode other = created(true);
            String stun = "{\"sideId\":\"s1\",\"kind\":\"STUN_HAMMER\"}";

            assertProblem(post("/api/battles/" + id + "/end", ""), 401);
            assertProblem(post("/api/battles/" + id + "/power-ups", stun), 401);
            assertProblem(post("/api/battles/" + id + "/end", "", control(other)), 401);
            assertProblem(
                    post(
                            "/api/battles/" + id + "/end",
                            "",
                            Map.of("X-Control-Token", created.path("ingestKey").asString())),
                    401);
            HttpResponse<String> audience =
                    post("/api/battles/" + id + "/power-ups", stun, bearerOfANewUser("open-zoe"));
            assertThat(body(audience).path("result").asString())
                    .as("a signed-in viewer triggers as the audience, which may not use the Stun Hammer here")
                    .isEqualTo("refused");
            assertThat(battles.find(id).orElseThrow().status().name()).isEqualTo("LIVE");
            assertThat(body(get("/api/battles/" + id)).path("overlayToken").isNull())
                    .isTrue();
            assertThat(body(get("/api/battles/" + id, control(created)))
                            .path("overlayToken")
                            .asString())
                    .isNotBlank();
        }

        @Test
        void endsABattleAndListsItAmongTheFinished() throws Exception {
            JsonNode created = created(true);
            String id = created.path("battle").path("id").asString();

            HttpResponse<String> ended = post("/api/battles/" + id + "/end", "", control(created));

            assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
            assertThat(body(ended).path("status").asString()).isEqualTo("ENDED");
            assertThat(body(ended).path("snapshot").path("tie").asBoolean()).isTrue();
            List<String> finished = ids(get("/api/battles?status=ENDED"));
            assertThat(finished).contains(id);
            assertThat(ids(get("/api/battles?status=LIVE"))).doesNotContain(id);
            assertThat(ids(get("/api/battles"))).contains(id);
            assertProblem(get("/api/battles?status=SOMETIMES"), 400);
        }

        @Test
        void isDescribedInTheOpenApiDocument() throws Exception {
            String document = get("/api/openapi").body();

            assertThat(document).contains("/api/battles/{id}/power-ups", "/api/battles/{id}/end", "\"Battles\"");
        }

        private List<String> ids(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return body(response)
                    .valueStream()
                    .map(item -> item.path("id").asString())
                    .toList();
        }
    }
}
