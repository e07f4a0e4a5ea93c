package io.battlesim.app.live.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.live.LiveIntegrationTestSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ingest API over real HTTP and WebSocket: per-event answers, the problems, and the scores they lead to. */
class IngestIntegrationTests extends LiveIntegrationTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JsonMapper json;

    private BattleView battle;
    private String key;
    private String avaRoom;
    private String leoRoom;

    @BeforeEach
    void startIngestBattle() {
        battle = startBattle(SourceKind.INGEST, "ava.sparks", "leo.beats");
        key = battles.ingestKey(battle.id());
        avaRoom = room("ava.sparks").roomId();
        leoRoom = room("leo.beats").roomId();
    }

    @AfterEach
    void endBattle() {
        if (battles.find(battle.id()).orElseThrow().status() == io.battlesim.app.battle.BattleStatus.LIVE) {
            battles.end(battle.id());
        }
    }

    @Test
    void answersEveryEventOfABatchAndScoresTheAcceptedOnes() throws IOException, InterruptedException {
        String body = "["
                + String.join(
                        ",",
                        gift("c1", avaRoom, 9, 299, 1, null, null),
                        gift("c1", avaRoom, 9, 299, 1, null, null),
                        "{\"type\":\"gift\",\"msgId\":\"c2\",\"userId\":\"u2\",\"diamondCount\":5,\"repeatCount\":1}",
                        gift("s1", "@leo.beats", 5655, 1, 1, false, "g1"),
                        gift("s2", "@leo.beats", 5655, 1, 2, false, "g1"),
                        gift("s3", "@leo.beats", 5655, 1, 2, true, "g1"),
                        "{\"type\":\"like\",\"msgId\":\"l1\",\"userId\":\"u3\",\"likeCount\":15,\"roomId\":\"" + avaRoom
                                + "\"}",
                        "{\"type\":\"chat\",\"msgId\":\"t1\",\"userId\":\"u4\",\"comment\":\"<b>hi</b>\"}",
                        "{\"type\":\"gift\",\"msgId\":\"c3\",\"userId\":\"u5\",\"giftId\":1,\"diamondCount\":1,"
                                + "\"repeatCount\":1,\"roomId\":\"somewhere-else\"}")
                + "]";

        HttpResponse<String> response = post(battle.id(), body, key);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.path("received").asInt()).isEqualTo(9);
        assertThat(statuses(answer))
                .containsExactly(
                        "accepted",
                        "duplicate",
                        "rejected",
                        "accepted",
                        "accepted",
                        "accepted",
                        "accepted",
                        "ignored",
                        "rejected");
        assertThat(answer.path("results").get(2).path("reason").asString()).isEqualTo("giftId is required");
        assertThat(answer.path("results").get(2).path("msgId").asString()).isEqualTo("c2");
        assertThat(answer.path("results").get(7).path("reason").asString())
                .isEqualTo("chat: not a vote command in this battle");
        assertThat(answer.path("results").get(8).path("reason").asString()).contains("roomId");
        assertThat(answer.path("accepted").asInt()).isEqualTo(5);
        assertThat(answer.path("duplicate").asInt()).isEqualTo(1);
        assertThat(answer.path("rejected").asInt()).isEqualTo(2);
        awaitScore(battle.id(), 0, 299);
        awaitScore(battle.id(), 1, 2);
    }

    @Test
    void answersIgnoredWithTheReasonForEventsTheBattleAppliesNothingFor() throws IOException, InterruptedException {
        String body = "["
                + String.join(
                        ",",
                        gift("t1", avaRoom, 5655, 1, 2, false, "g1"),
                        gift("t0", avaRoom, 5655, 1, 1, false, "g1"),
                        gift("t2", avaRoom, 5655, 1, 2, true, "g1"),
                        gift("t3", avaRoom, 5655, 1, 3, false, "g1"),
                        gift("r1", avaRoom, 9, 299, 1, null, null)
                                .replace("\"roomId\"", "\"receiverUserId\":\"stranger\",\"roomId\""))
                + "]";

        JsonNode answer = json.readTree(post(battle.id(), body, key).body());
        JsonNode again = json.readTree(post(battle.id(), "[" + gift("t0", avaRoom, 5655, 1, 1, false, "g1") + "]", key)
                .body());

        assertThat(statuses(answer)).containsExactly("accepted", "ignored", "accepted", "ignored", "ignored");
        assertThat(answer.path("results").get(1).path("reason").asString()).startsWith("stale tap");
        assertThat(answer.path("results").get(3).path("reason").asString()).contains("streak already ended");
        assertThat(answer.path("results").get(4).path("reason").asString()).startsWith("receiverUserId");
        assertThat(answer.path("accepted").asInt()).isEqualTo(2);
        assertThat(answer.path("ignored").asInt()).isEqualTo(3);
        assertThat(statuses(again)).as("an ignored event claims its msgId").containsExactly("duplicate");
        awaitScore(battle.id(), 0, 2);
    }

    @Test
    void acceptsTheEventsObjectAndCountsARepeatedBatchOnce() throws IOException, InterruptedException {
        String body = "{\"events\":[" + gift("o1", avaRoom, 9, 299, 2, null, null) + "]}";

        HttpResponse<String> first = post(battle.id(), body, key);
        HttpResponse<String> again = post(battle.id(), body, key);

        assertThat(statuses(json.readTree(first.body()))).containsExactly("accepted");
        assertThat(statuses(json.readTree(again.body()))).containsExactly("duplicate");
        awaitScore(battle.id(), 0, 598);
    }

    @Nested
    class Refuses {

        @Test
        void malformedJsonWithProblemJson() throws IOException, InterruptedException {
            HttpResponse<String> response = post(battle.id(), "[{\"type\":\"gift\",", key);

            assertProblem(response, 400, "Malformed JSON");
            assertThat(score(battle.id(), 0)).isZero();
        }

        @Test
        void aBatchWithoutAValidEventNamingTheMissingField() throws IOException, InterruptedException {
            String body = "[{\"type\":\"gift\",\"msgId\":\"m1\",\"userId\":\"u1\",\"giftId\":9,\"repeatCount\":1,"
                    + "\"roomId\":\"" + avaRoom + "\"}]";

            HttpResponse<String> response = post(battle.id(), body, key);

            JsonNode problem = assertProblem(response, 400, "Invalid events");
            assertThat(problem.path("detail").asString()).contains("diamondCount is required");
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("diamondCount");
            assertThat(problem.path("errors").get(0).path("index").asInt()).isZero();
        }

        @Test
        void aBodyThatIsNotAListOfEvents() throws IOException, InterruptedException {
            assertProblem(post(battle.id(), "{\"gifts\":[]}", key), 400, "Invalid request body");
            assertProblem(post(battle.id(), "[]", key), 400, "No events");
        }

        @Test
        void aWrongOrMissingKeyWith401AndAppliesNothing() throws IOException, InterruptedException {
            String body = "[" + gift("k1", avaRoom, 9, 299, 1, null, null) + "]";

            assertProblem(post(battle.id(), body, key + "x"), 401, "Invalid ingest key");
            assertProblem(post(battle.id(), body, null), 401, "Invalid ingest key");
            assertThat(score(battle.id(), 0)).isZero();
        }

        @Test
        void anUnknownBattleWith404() throws IOException, InterruptedException {
            assertProblem(post("no-such-battle", "[]", key), 404, "Unknown battle");
        }

        @Test
        void aBattleThatIsNotLiveWith409() throws IOException, InterruptedException {
            BattleView scheduled = battles.create(new BattleSetup(
                    "Not yet",
                    List.of(
                            new SideSetup("A", List.of(binding("mia.moves"))),
                            new SideSetup("B", List.of(binding("luna.sings")))),
                    BattleRules.defaults(),
                    SourceKind.INGEST,
                    null));

            assertProblem(post(scheduled.id(), "[]", battles.ingestKey(scheduled.id())), 409, "Battle not live");
        }

        @Test
        void moreThanAThousandEventsWith413AndAppliesNone() throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i <= 1000; i++) {
                body.append(i == 0 ? "" : ",").append(gift("many" + i, avaRoom, 9, 299, 1, null, null));
            }
            body.append(']');

            assertProblem(post(battle.id(), body.toString(), key), 413, "Too many events");
            assertThat(score(battle.id(), 0)).isZero();
        }

        @Test
        void aBodyOverOneMebibyteWith413() throws IOException, InterruptedException {
            String padding = "x".repeat(1024 * 1024);
            String body =
                    "[" + gift("big", avaRoom, 9, 299, 1, null, null).replace("}", ",\"describe\":\"" + padding + "\"}")
                            + "]";

            assertProblem(post(battle.id(), body, key), 413, "Request too large");
            assertThat(score(battle.id(), 0)).isZero();
        }
    }

    @Nested
    class OverWebSocket {

        @Test
        void answersEachMessageAndScoresItsEvents() throws Exception {
            var messages = new LinkedBlockingQueue<String>();
            WebSocket socket = connect("?key=" + key, messages, new CompletableFuture<>());

            socket.sendText(
                            "[" + gift("w1", avaRoom, 9, 299, 1, null, null) + ","
                                    + gift("w1", avaRoom, 9, 299, 1, null, null) + "]",
                            true)
                    .join();
            JsonNode first = json.readTree(messages.poll(10, TimeUnit.SECONDS));
            socket.sendText(gift("w2", leoRoom, 9, 299, 3, null, null), true).join();
            JsonNode second = json.readTree(messages.poll(10, TimeUnit.SECONDS));
            socket.sendText("not json", true).join();
            JsonNode third = json.readTree(messages.poll(10, TimeUnit.SECONDS));

            assertThat(first.path("status").asInt()).isEqualTo(200);
            assertThat(statuses(first)).containsExactly("accepted", "duplicate");
            assertThat(statuses(second)).containsExactly("accepted");
            assertThat(third.path("status").asInt()).isEqualTo(400);
            awaitScore(battle.id(), 0, 299);
            awaitScore(battle.id(), 1, 3 * 299);
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }

        @Test
        void closesWith1008ForAWrongKey() throws Exception {
            var closed = new CompletableFuture<Integer>();

            connect("?key=wrong", new LinkedBlockingQueue<>(), closed);

            assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
        }

        @Test
        void closesWith1008ForAKeyThatCannotBeDecoded() throws Exception { // GH-10
            var closed = new CompletableFuture<Integer>();

            connect("", new LinkedBlockingQueue<>(), closed, "wrong%~key");

            assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
        }

        @Test
        void answersARequestThatIsNoHandshakeWithAProblem() throws Exception { // GH-10
            URI uri = URI.create(BASE + "/api/battles/" + battle.id() + "/events/ws?key=" + key);

            HttpResponse<String> get =
                    http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> delete =
                    http.send(HttpRequest.newBuilder(uri).DELETE().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(get.statusCode()).isEqualTo(426);
            assertThat(delete.statusCode()).isEqualTo(405);
            for (HttpResponse<String> answer : List.of(get, delete)) {
                assertThat(answer.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.body()).contains("\"title\":");
            }
        }

        @Test
        void closesWhenTheBattleFinishes() throws Exception {
            var closed = new CompletableFuture<Integer>();
            connect("", new LinkedBlockingQueue<>(), closed, key);

            battles.end(battle.id());

            assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        }

        @Test
        void closesASocketThatConnectsOnceTheBattleHasFinished() throws Exception {
            battles.end(battle.id());
            var closed = new CompletableFuture<Integer>();

            connect("", new LinkedBlockingQueue<>(), closed, key);

            assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        }

        private WebSocket connect(
                String query, LinkedBlockingQueue<String> messages, CompletableFuture<Integer> closed) {
            return connect(query, messages, closed, null);
        }

        private WebSocket connect(
                String query, LinkedBlockingQueue<String> messages, CompletableFuture<Integer> closed, String header) {
            var builder = http.newWebSocketBuilder();
            if (header != null) {
                builder.header("X-Ingest-Key", header);
            }
            URI uri = URI.create("ws://localhost:" + PORT + "/api/battles/" + battle.id() + "/events/ws" + query);
            return builder.buildAsync(uri, new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                messages.add(text.toString());
                                text.setLength(0);
                            }
                            ws.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                            closed.complete(statusCode);
                            return null;
                        }
                    })
                    .join();
        }
    }

    private HttpResponse<String> post(String battleId, String body, String ingestKey)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(BASE + "/api/battles/" + battleId + "/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ingestKey != null) {
            request.header("X-Ingest-Key", ingestKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isEqualTo(title);
        return problem;
    }

    private static List<String> statuses(JsonNode answer) {
        return answer.path("results")
                .valueStream()
                .map(result -> result.path("status").asString())
                .toList();
    }

    private static String gift(
            String msgId, String roomId, int giftId, int diamonds, int count, Boolean end, String groupId) {
        String sender = "fan-" + (groupId == null ? msgId : groupId);
        return "{\"type\":\"gift\",\"msgId\":\"" + msgId + "\",\"userId\":\"" + sender + "\",\"uniqueId\":\"fan\","
                + "\"nickname\":\"<img src=x onerror=alert(1)>\",\"giftId\":" + giftId + ",\"diamondCount\":" + diamonds
                + ",\"repeatCount\":" + count + ",\"roomId\":\"" + roomId + "\""
                + (end == null ? "" : ",\"giftType\":1,\"repeatEnd\":" + end)
                + (groupId == null ? "" : ",\"groupId\":\"" + groupId + "\"")
                + ",\"createTime\":" + System.currentTimeMillis() + "}";
    }
}
