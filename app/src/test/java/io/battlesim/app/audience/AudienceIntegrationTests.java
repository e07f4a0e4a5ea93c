package io.battlesim.app.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.battle.persistence.BattleEventLog;
import io.battlesim.app.live.LiveIntegrationTestSupport;
import io.battlesim.engine.AudienceSnapshot;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.ChatSyntax;
import io.battlesim.engine.audience.LikeGoal;
import io.battlesim.engine.event.AudienceVote;
import io.battlesim.engine.powerup.PowerUpKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Audience interaction over real HTTP: the viewer page and its cookie, the vote API's answers, chat commands from
 * the Live API connector and the ingest API, like goals, the per-address limit, the creator's rule changes and
 * deletion with the battle.
 */
class AudienceIntegrationTests extends LiveIntegrationTestSupport {

    /** The app over IPv4 loopback, so that a client bound to 127.0.0.2 reaches it too. */
    private static final URI APP = URI.create("http://127.0.0.1:" + PORT);

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> started = new ArrayList<>();

    @Autowired
    JsonMapper json;

    @Autowired
    BattleEventLog eventLog;

    @AfterEach
    void endBattles() {
        for (String id : started) {
            battles.find(id)
                    .filter(battle -> battle.status() == BattleStatus.LIVE)
                    .ifPresent(battle -> battles.end(id));
        }
    }

    /** One vote per viewer per 10 s, a glove after 3 votes, a like goal of 100 likes firing a mist. */
    private static AudienceRules rules() {
        return new AudienceRules(
                true,
                Duration.ofSeconds(10),
                1,
                Map.of(PowerUpKind.BOOSTING_GLOVE, new BoosterGoal(3, Duration.ofMinutes(1))),
                true,
                ChatSyntax.standard(),
                new LikeGoal(100, PowerUpKind.MAGIC_MIST),
                null);
    }

    private BattleView battle(SourceKind source, String title) {
        BattleSetup setup = new BattleSetup(
                title,
                List.of(
                        new SideSetup("Ava ✨", List.of(binding("ava.sparks"))),
                        new SideSetup("Leo 李", List.of(binding("leo.beats")))),
                BattleRules.defaults().withDuration(Duration.ofMinutes(10)).withAudience(rules()),
                source,
                null);
        BattleView view = battles.start(battles.create(setup).id());
        started.add(view.id());
        return view;
    }

    private AudienceSnapshot audience(String id) {
        return battles.find(id).orElseThrow().snapshot().audience();
    }

    private static long votes(AudienceSnapshot audience, int side) {
        return audience.sides().get(side).votes();
    }

    /** A viewer: the cookie the viewer page hands out. */
    private String viewerCookie(HttpClient client, String id) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(APP.resolve("/v/" + id)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("bs_viewer="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private HttpResponse<String> vote(HttpClient client, String id, String cookie, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(APP.resolve("/api/battles/" + id + "/votes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> vote(String id, String cookie, String side, String voteId)
            throws IOException, InterruptedException {
        return vote(http, id, cookie, "{\"side\":\"" + side + "\",\"voteId\":\"" + voteId + "\"}");
    }

    private JsonNode ingest(String id, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(APP.resolve("/api/battles/" + id + "/events"))
                        .header("Content-Type", "application/json")
                        .header("X-Ingest-Key", battles.ingestKey(id))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String chat(String msgId, String userId, String comment, String room) {
        return "{\"type\":\"chat\",\"msgId\":\"" + msgId + "\",\"userId\":\"" + userId + "\",\"comment\":\"" + comment
                + "\",\"roomId\":\"" + room + "\"}";
    }

    @Test
    void aViewerVotesOncePerWindowWithTheCookieOfTheViewerPage() throws Exception {
        BattleView battle = battle(SourceKind.INGEST, "Cookie battle");
        String cookie = viewerCookie(http, battle.id());

        HttpResponse<String> counted = vote(battle.id(), cookie, "s1", "first");
        HttpResponse<String> tooSoon = vote(battle.id(), cookie, "s2", "second");
        HttpResponse<String> replay = vote(battle.id(), cookie, "s1", "first");

        assertThat(counted.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(counted.body());
        assertThat(answer.path("status").asString()).isEqualTo("counted");
        assertThat(answer.path("audience").path("totalVotes").asLong()).isEqualTo(1);
        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(tooSoon.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(tooSoon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(tooSoon.body()).path("detail").asString())
                .isEqualTo("One vote per 10 s per viewer: you have voted already.");
        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(json.readTree(replay.body()).path("reason").asString()).isEqualTo("DUPLICATE");
        HttpResponse<String> current = http.send(
                HttpRequest.newBuilder(APP.resolve("/api/battles/" + battle.id() + "/audience"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(current.body()).path("totalVotes").asLong()).isEqualTo(1);
        assertThat(json.readTree(current.body())
                        .path("sides")
                        .get(0)
                        .path("percent")
                        .asInt())
                .isEqualTo(100);
    }

    @Test
    void votesNeedACookieTheAppSignedAndAValidBody() throws Exception {
        BattleView battle = battle(SourceKind.INGEST, "Refusals");
        String cookie = viewerCookie(http, battle.id());
        String forged = "bs_viewer=" + UUID.randomUUID() + ".bm90LWEtc2lnbmF0dXJl";

        assertThat(vote(battle.id(), null, "s1", "a").statusCode()).isEqualTo(403);
        assertThat(vote(battle.id(), forged, "s1", "b").statusCode()).isEqualTo(403);
        assertThat(json.readTree(vote(battle.id(), forged, "s1", "c").body())
                        .path("detail")
                        .asString())
                .contains("/v/" + battle.id());
        for (String body : List.of(
                "{\"side\":\"s9\"}",
                "{\"side\":\"s3\"}",
                "{\"side\":\"s1\",\"booster\":\"ROCKET\"}",
                "{\"side\":\"s1\",\"voteId\":\"has spaces\"}",
                "{\"side\":",
                "[]",
                "{}")) {
            HttpResponse<String> response = vote(http, battle.id(), cookie, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(body)
                    .startsWith("application/problem+json");
        }
        assertThat(vote(battle.id(), cookie, "s1", "unknown-battle").statusCode())
                .as("the cookie's vote is still unused")
                .isEqualTo(200);
        assertThat(vote(http, "nosuchbattle", cookie, "{\"side\":\"s1\"}").statusCode())
                .isEqualTo(404);
        assertThat(audience(battle.id()).totalVotes()).isEqualTo(1);
    }

    @Test
    void aBoosterGoalFiresOnceAndTheBattleFeelsIt() throws Exception {
        BattleView battle = battle(SourceKind.INGEST, "Glove goal");
        JsonNode last = null;
        for (int i = 0; i < 4; i++) {
            String cookie = viewerCookie(http, battle.id());
            HttpResponse<String> response = vote(
                    http,
                    battle.id(),
                    cookie,
                    "{\"side\":\"s2\",\"booster\":\"BOOSTING_GLOVE\",\"voteId\":\"g" + i + "\"}");
            if (i < 3) {
                assertThat(response.statusCode()).isEqualTo(200);
                last = json.readTree(response.body());
            } else {
                assertThat(response.statusCode()).isEqualTo(409);
                assertThat(json.readTree(response.body()).path("reason").asString())
                        .isEqualTo("BOOSTER_COOLING_DOWN");
            }
        }

        assertThat(last.path("audience").path("lastFired").path("kind").asString())
                .isEqualTo("BOOSTING_GLOVE");
        assertThat(last.path("audience").path("lastFired").path("sideId").asString())
                .isEqualTo("s2");
        assertThat(audience(battle.id()).boostersFired()).isEqualTo(1);
        assertThat(battles.find(battle.id()).orElseThrow().snapshot().side("s2").multiplier())
                .isEqualTo(2);
    }

    @Test
    void chatCommandsFromTheLiveConnectorVote() {
        BattleView battle = battle(SourceKind.LIVE_API, "Chat battle");
        // the connector reads the room's buffer from the battle's start, so nothing sent from now on is missed
        emulator.live().sendChat("ava.sparks", "Kai", "!vote B");
        await().atMost(Duration.ofSeconds(20)).until(() -> votes(audience(battle.id()), 1) == 1);

        emulator.live().sendChat("leo.beats", "Mia", "go go #A 🔥");
        emulator.live().sendChat("ava.sparks", "Zoé", "！ＶＯＴＥ　ｂ");
        emulator.live().sendChat("ava.sparks", "Kai", "!vote A");
        emulator.live().sendChat("ava.sparks", "Noor", "!vote");
        emulator.live().sendChat("ava.sparks", "Noor", "<b>!vote a</b>");
        emulator.live().sendChat("leo.beats", "Ren", "!BOOST glove ava");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            AudienceSnapshot audience = audience(battle.id());
            assertThat(audience.sides().get(0).chatVotes())
                    .as("Mia's hashtag and Ren's boost")
                    .isEqualTo(2);
            assertThat(audience.sides().get(1).chatVotes()).as("Kai and Zoé").isEqualTo(2);
        });
        assertThat(audience(battle.id()).sides().get(0).boosters().getFirst().votes())
                .isEqualTo(1);
        assertThat(audience(battle.id()).voters()).isEqualTo(4);
    }

    @Test
    void chatOverTheIngestApiIsAnsweredWithWhatBecameOfTheVote() throws Exception {
        BattleView battle = battle(SourceKind.INGEST, "Ingest chat");
        String ava = room("ava.sparks").roomId();

        JsonNode answer = ingest(
                battle.id(),
                "["
                        + String.join(
                                ",",
                                chat("c1", "u1", "!vote A", ava),
                                chat("c2", "u1", "!vote B", ava),
                                chat("c3", "u2", "hello 👋", ava),
                                chat("c1", "u1", "!vote A", ava))
                        + "]");

        assertThat(answer.path("results")
                        .valueStream()
                        .map(result -> result.path("status").asString())
                        .toList())
                .containsExactly("accepted", "ignored", "ignored", "duplicate");
        assertThat(answer.path("results").get(0).path("reason").asString()).isEqualTo("chat: vote counted");
        assertThat(answer.path("results").get(1).path("reason").asString())
                .isEqualTo("chat: vote not counted: One vote per 10 s per viewer: you have voted already.");
        assertThat(answer.path("results").get(2).path("reason").asString())
                .isEqualTo("chat: not a vote command in this battle");
        assertThat(audience(battle.id()).totalVotes()).isEqualTo(1);
    }

    @Test
    void likeBatchesFillTheLikeGoalExactly() throws Exception {
        BattleView battle = battle(SourceKind.INGEST, "Likes");
        String leo = room("leo.beats").roomId();
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            likes.add("{\"type\":\"like\",\"msgId\":\"l" + i + "\",\"userId\":\"fan" + i + "\",\"likeCount\":15,"
                    + "\"roomId\":\"" + leo + "\"}");
        }

        ingest(battle.id(), "[" + String.join(",", likes) + "]");

        AudienceSnapshot audience = audience(battle.id());
        assertThat(audience.sides().get(1).likes())
                .as("105 likes: one goal of 100, then 5")
                .isEqualTo(5);
        assertThat(audience.lastFired().kind()).isEqualTo(PowerUpKind.MAGIC_MIST);
        assertThat(battles.find(battle.id()).orElseThrow().snapshot().side("s2").hidden())
                .isTrue();
    }

    @Test
    void anAddressThatMintsViewersIsCutOffWithAClearMessage() throws Exception {
        BattleView battle = battle(SourceKind.INGEST, "Flood");
        // its own address, so that no other test shares the bucket
        HttpClient script = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName("127.0.0.2"))
                .build();
        AtomicInteger counted = new AtomicInteger();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            HttpResponse<String> response =
                    vote(script, battle.id(), viewerCookie(script, battle.id()), "{\"side\":\"s1\"}");
            if (response.statusCode() == 200) {
                counted.incrementAndGet();
            } else {
                refused = response;
            }
        }

        assertThat(refused).isNotNull();
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json.readTree(refused.body()).path("detail").asString())
                .startsWith("Too many audience votes from your address.");
        assertThat(counted.get()).isBetween(60, 70);
        assertThat(audience(battle.id()).totalVotes()).isEqualTo(counted.get());
    }

    @Test
    void theCreatorSwitchesVotingOffWhileTheBattleRuns() throws Exception {
        BattleView battle = battle(SourceKind.INGEST, "Switch");
        String cookie = viewerCookie(http, battle.id());
        URI rules = APP.resolve("/api/battles/" + battle.id() + "/audience");

        HttpResponse<String> stranger = http.send(
                HttpRequest.newBuilder(rules)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> owner = http.send(
                HttpRequest.newBuilder(rules)
                        .header("Content-Type", "application/json")
                        .header("X-Control-Token", battles.controlToken(battle.id()))
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> badRules = http.send(
                HttpRequest.newBuilder(rules)
                        .header("Content-Type", "application/json")
                        .header("X-Control-Token", battles.controlToken(battle.id()))
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"votesPerWindow\":0}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(json.readTree(owner.body()).path("enabled").asBoolean()).isFalse();
        assertThat(badRules.statusCode()).isEqualTo(400);
        HttpResponse<String> vote = vote(battle.id(), cookie, "s1", "off");
        assertThat(vote.statusCode()).isEqualTo(409);
        assertThat(json.readTree(vote.body()).path("detail").asString())
                .isEqualTo("The creator has switched audience voting off.");
    }

    @Test
    void theViewerPageIsForStrangersAndEscapesWhatCreatorsTyped() throws Exception {
        BattleView battle = battle(SourceKind.INGEST, "<script>alert('x')</script> 対決 🔥");

        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(APP.resolve("/v/" + battle.id())).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> qr = http.send(
                HttpRequest.newBuilder(APP.resolve("/v/" + battle.id() + "/qr.svg"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(APP.resolve("/v/nosuchbattle")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> hostile = http.send(
                HttpRequest.newBuilder(APP.resolve("/v/%3Cscript%3E")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 対決 🔥")
                .doesNotContain("<script>alert")
                .contains("Vote Ava ✨")
                .contains("Leo 李")
                .contains("!vote A");
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(qr.body()).startsWith("<svg").contains("<path d=\"M");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Battle not found");
        assertThat(hostile.statusCode()).isEqualTo(404);
        assertThat(hostile.body()).doesNotContain("<script>");
    }

    @Test
    void votesAreStoredWithTheBattleAndDeletedWithIt() throws Exception {
        BattleView battle = battle(SourceKind.INGEST, "Deleted");
        vote(battle.id(), viewerCookie(http, battle.id()), "s1", "kept");
        List<AudienceVote> stored = new ArrayList<>();
        eventLog.readAll(battle.id(), entry -> {
            if (entry.event() instanceof AudienceVote vote) {
                stored.add(vote);
            }
        });
        assertThat(stored)
                .singleElement()
                .satisfies(vote -> assertThat(vote.sideId()).isEqualTo("s1"));

        battles.end(battle.id());
        battles.delete(battle.id());

        List<Object> left = new ArrayList<>();
        eventLog.readAll(battle.id(), left::add);
        assertThat(left).isEmpty();
        assertThat(http.send(
                                HttpRequest.newBuilder(APP.resolve("/v/" + battle.id()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
    }
}
