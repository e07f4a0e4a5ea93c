package io.battlesim.app.battle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kills the real app (SIGKILL), or stops it (SIGTERM), in the middle of a battle fed through the ingest API and
 * starts it again on the same H2 file database: nothing acknowledged is lost, nothing is counted twice, and the
 * battle goes on to a proper end. The app runs as a child JVM on this test's class path, in emulator mode, without
 * the demo battle.
 */
class BattleCrashIntegrationTests {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final int CORGI = 299;
    private static final int SUNGLASSES = 199;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dataDir;

    private String base = "";
    private String ingestKey = "";
    private String controlToken = "";

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void resumesAKilledBattleWithEveryAcknowledgedGiftAndNothingTwice() throws Exception {
        launch("first");
        String id = createBattle();

        // Phase A: every answer received before the kill.
        List<ObjectNode> phaseA = phaseA();
        JsonNode answersA = ingest(id, phaseA);
        assertThat(answersA.path("accepted").asInt()).isEqualTo(phaseA.size() - 10);
        assertThat(answersA.path("duplicate").asInt()).isEqualTo(10);
        JsonNode acknowledged = battle(id);
        assertThat(score(acknowledged, 0)).isEqualTo(20 * CORGI + 5 * 3 * SUNGLASSES);
        assertThat(score(acknowledged, 1)).isEqualTo(20 * CORGI + 5 * 3 * SUNGLASSES);

        // Phase B: batches in flight while the process is killed.
        List<List<ObjectNode>> phaseB = phaseB();
        List<Integer> acknowledgedBatches = new CopyOnWriteArrayList<>();
        Thread sender = Thread.ofVirtual().start(() -> sendUntilFailure(id, phaseB, acknowledgedBatches));
        awaitCondition(() -> acknowledgedBatches.size() >= 3, Duration.ofSeconds(60));
        processes.getLast().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        sender.join(Duration.ofSeconds(30));

        launch("second");

        JsonNode resumed = battle(id);
        assertThat(resumed.path("status").asString()).isEqualTo("LIVE");
        for (String viewer : List.of("mia", "noah")) {
            for (int side = 0; side < 2; side++) {
                assertThat(gifter(resumed, side, viewer))
                        .as("%s on side %d", viewer, side)
                        .isEqualTo(gifter(acknowledged, side, viewer));
            }
        }
        // Re-sending phase B: what was durable before the kill is a duplicate, the rest is accepted now.
        Map<Integer, Integer> durableBySide = new HashMap<>();
        for (int batch = 0; batch < phaseB.size(); batch++) {
            JsonNode results = ingest(id, phaseB.get(batch)).path("results");
            for (int i = 0; i < results.size(); i++) {
                String status = results.path(i).path("status").asString();
                assertThat(status).isIn("accepted", "duplicate");
                if (acknowledgedBatches.contains(batch)) {
                    assertThat(status).as("acknowledged before the kill").isEqualTo("duplicate");
                }
                if (status.equals("duplicate")) {
                    durableBySide.merge(sideOf(phaseB.get(batch).get(i)), 1, Integer::sum);
                }
            }
        }
        for (int side = 0; side < 2; side++) {
            assertThat(score(resumed, side))
                    .as("side %d after the restart: phase A plus the phase B events that were durable", side)
                    .isEqualTo(score(acknowledged, side) + (long) CORGI * durableBySide.getOrDefault(side, 0));
        }
        JsonNode complete = battle(id);
        long perSideB = (long) CORGI * phaseB.size() * phaseB.getFirst().size() / 2;
        assertThat(score(complete, 0)).isEqualTo(score(acknowledged, 0) + perSideB);
        assertThat(score(complete, 1)).isEqualTo(score(acknowledged, 1) + perSideB);

        // The battle goes on and ends properly.
        JsonNode more = ingest(id, List.of(corgi("after-1", "r-ava", "mia"), corgi("after-1", "r-ava", "mia")));
        assertThat(more.path("accepted").asInt()).isEqualTo(1);
        assertThat(more.path("duplicate").asInt()).isEqualTo(1);
        HttpResponse<String> ended = endBattle(id);
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        JsonNode result = json.readTree(ended.body());
        assertThat(result.path("status").asString()).isEqualTo("ENDED");
        assertThat(result.path("snapshot").path("winner").asString()).isEqualTo("s1");
        assertThat(score(result, 0)).isEqualTo(score(complete, 0) + CORGI);
        JsonNode history = json.readTree(get("/api/battles?status=ENDED").body());
        assertThat(history.valueStream()
                        .filter(item -> item.path("id").asString().equals(id)))
                .singleElement()
                .satisfies(item -> assertThat(
                                item.path("sides").path(0).path("score").asLong())
                        .isEqualTo(score(result, 0)));
    }

    @Test
    void stopsGracefullyMidIngestWithoutAnErrorAndLosesNothing() throws Exception { // GH-10
        launch("first");
        String id = createBattle();
        List<List<ObjectNode>> batches = phaseB();
        List<Integer> acknowledged = new CopyOnWriteArrayList<>();
        Thread sender = Thread.ofVirtual().start(() -> sendUntilFailure(id, batches, acknowledged));
        awaitCondition(() -> acknowledged.size() >= 3, Duration.ofSeconds(60));

        Process first = processes.getLast();
        first.destroy(); // SIGTERM: Spring's graceful shutdown
        assertThat(first.waitFor(60, TimeUnit.SECONDS))
                .as("stopped within a minute")
                .isTrue();
        sender.join(Duration.ofSeconds(30));

        String log = Files.readString(dataDir.resolve("first.log"));
        assertThat(log).doesNotContain("Database is already closed", "Exception");
        assertThat(log.lines().filter(line -> line.contains(" ERROR ")).toList())
                .as("errors logged while stopping")
                .isEmpty();
        launch("second");
        for (int batch = 0; batch < batches.size(); batch++) {
            JsonNode results = ingest(id, batches.get(batch)).path("results");
            if (acknowledged.contains(batch)) {
                assertThat(results.valueStream()
                                .map(result -> result.path("status").asString()))
                        .as("batch %d, acknowledged before the stop", batch)
                        .containsOnly("duplicate");
            }
        }
        long perSide = (long) CORGI * batches.size() * batches.getFirst().size() / 2;
        JsonNode complete = battle(id);
        assertThat(score(complete, 0)).isEqualTo(perSide);
        assertThat(score(complete, 1)).isEqualTo(perSide);
    }

    private List<ObjectNode> phaseA() {
        List<ObjectNode> events = new ArrayList<>();
        String[] viewers = {"mia", "noah"};
        for (int i = 0; i < 40; i++) {
            events.add(corgi("a-corgi-" + i, i % 2 == 0 ? "r-ava" : "r-leo", viewers[(i / 2) % 2]));
        }
        for (int s = 0; s < 10; s++) {
            String room = s % 2 == 0 ? "r-ava" : "r-leo";
            String viewer = viewers[s % 2];
            for (int tap = 1; tap <= 3; tap++) {
                events.add(sunglasses("a-streak-" + s + "-" + tap, room, viewer, "grp-" + s, tap, false));
            }
            events.add(sunglasses("a-streak-" + s + "-end", room, viewer, "grp-" + s, 3, true));
        }
        for (int i = 0; i < 10; i++) {
            events.add(events.get(i * 3).deepCopy());
        }
        return events;
    }

    private List<List<ObjectNode>> phaseB() {
        List<List<ObjectNode>> batches = new ArrayList<>();
        for (int b = 0; b < 200; b++) {
            List<ObjectNode> batch = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                batch.add(corgi("b-" + b + "-" + i, i % 2 == 0 ? "r-ava" : "r-leo", i % 4 < 2 ? "zoe" : "kai"));
            }
            batches.add(batch);
        }
        return batches;
    }

    private void sendUntilFailure(String id, List<List<ObjectNode>> batches, List<Integer> acknowledged) {
        for (int b = 0; b < batches.size(); b++) {
            try {
                HttpResponse<String> response =
                        post("/api/battles/" + id + "/events", array(batches.get(b)), ingestKey);
                if (response.statusCode() != 200) {
                    return;
                }
                acknowledged.add(b);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    private ObjectNode corgi(String msgId, String room, String viewer) {
        ObjectNode event = giftOf(msgId, room, viewer, 6267, "Corgi", 2, CORGI, 1);
        return event;
    }

    private ObjectNode sunglasses(String msgId, String room, String viewer, String group, int count, boolean end) {
        ObjectNode event = giftOf(msgId, room, viewer, 8843, "Sunglasses", 1, SUNGLASSES, count);
        event.put("repeatEnd", end);
        event.put("groupId", group);
        return event;
    }

    private ObjectNode giftOf(
            String msgId, String room, String viewer, int giftId, String name, int type, int diamonds, int count) {
        ObjectNode event = json.createObjectNode();
        event.put("type", "gift");
        event.put("msgId", msgId);
        event.put("roomId", room);
        event.put("userId", "id-" + viewer);
        event.put("uniqueId", viewer);
        event.put("nickname", viewer.toUpperCase());
        event.put("giftId", giftId);
        event.put("giftName", name);
        event.put("giftType", type);
        event.put("diamondCount", diamonds);
        event.put("repeatCount", count);
        return event;
    }

    private static int sideOf(JsonNode event) {
        return event.path("roomId").asString().equals("r-ava") ? 0 : 1;
    }

    private String array(List<ObjectNode> events) {
        ArrayNode array = json.createArrayNode();
        events.forEach(array::add);
        return json.writeValueAsString(array);
    }

    private JsonNode ingest(String id, List<ObjectNode> events) throws Exception {
        HttpResponse<String> response = post("/api/battles/" + id + "/events", array(events), ingestKey);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String createBattle() throws Exception {
        HttpResponse<String> response = post("/api/battles", """
                {"title": "Crash test",
                 "sides": [{"label": "Ava", "rooms": [{"username": "ava.sparks", "roomId": "r-ava", "hostUserId": "u-ava"}]},
                           {"label": "Leo", "rooms": [{"username": "leo.beats", "roomId": "r-leo", "hostUserId": "u-leo"}]}],
                 "rules": {"durationSeconds": 1800}, "source": "INGEST", "start": true}""", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = json.readTree(response.body());
        ingestKey = created.path("ingestKey").asString();
        controlToken = created.path("controlToken").asString();
        return created.path("battle").path("id").asString();
    }

    private JsonNode battle(String id) throws Exception {
        HttpResponse<String> response = get("/api/battles/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static long score(JsonNode battle, int side) {
        return battle.path("snapshot").path("sides").path(side).path("score").asLong();
    }

    private static @Nullable JsonNode gifter(JsonNode battle, int side, String viewer) {
        return battle.path("snapshot")
                .path("sides")
                .path(side)
                .path("topGifters")
                .valueStream()
                .filter(gifter -> gifter.path("uniqueId").asString().equals(viewer))
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> post(String path, String body, @Nullable String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-Ingest-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> endBattle(String id) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/battles/" + id + "/end"))
                        .timeout(Duration.ofSeconds(30))
                        .header("X-Control-Token", controlToken)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Starts the app as a child JVM on a free port with this test's data directory, and waits until it is ready. */
    private void launch(String name) throws Exception {
        int port = TestSocketUtils.findAvailableTcpPort();
        base = "http://localhost:" + port;
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.battlesim.app.BattleSimulatorApplication",
                        "--server.port=" + port,
                        "--app.public-url=" + base,
                        "--app.data-dir=" + dataDir,
                        "--app.live.demo-battle=false",
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(name + ".log").toFile());
        builder.environment().put("APP_DATA_DIR", dataDir.toString());
        builder.environment().put("TIKTOK_CLIENT_KEY", "");
        builder.environment().remove("DATABASE_URL");
        processes.add(builder.start());
        awaitReady(name);
    }

    private void awaitReady(String name) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(processes.getLast().isAlive())
                    .as("the %s app process exited:%n%s", name, tail(name))
                    .isTrue();
            try {
                if (get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the " + name + " app was not ready within " + STARTUP + ":\n" + tail(name));
    }

    private String tail(String name) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve(name + ".log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(20);
        }
    }
}
