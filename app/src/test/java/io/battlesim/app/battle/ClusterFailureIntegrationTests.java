package io.battlesim.app.battle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.battle.persistence.BattleEventLog;
import io.battlesim.engine.event.GiftReceived;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cluster nodes failing for real: the node running a battle is killed with SIGKILL in the middle of ingest, and Redis
 * is restarted in the middle of a battle. Every acknowledged event is counted exactly once either way. // GH-16
 */
class ClusterFailureIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int CORGI = 299;

    @Test
    void killingTheOwnerMidIngestMovesTheBattleAndCountsEveryAcknowledgedEventOnce() throws Exception {
        var nodes = ClusterNodes.onPostgres();
        assumeThat(nodes).as("PostgreSQL on 127.0.0.1:5432").isPresent();
        try (ClusterNodes cluster = nodes.orElseThrow()) {
            ClusterNodes.ProcessNode owner = cluster.startProcess("p");
            ClusterNodes.Node survivor = cluster.start("b");
            HttpResponse<String> created = post(owner.base() + "/api/battles", null, """
                    {"title": "Kill -9", "start": true, "rules": {"durationSeconds": 600},
                     "sides": [{"label": "A", "rooms": [{"username": "ka", "roomId": "k-room-a"}]},
                               {"label": "B", "rooms": [{"username": "kb", "roomId": "k-room-b"}]}]}""");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = JSON.readTree(created.body()).path("battle").path("id").asString();
            String key = survivor.bean(BattleManagement.class).ingestKey(id);
            Set<String> acknowledged = new LinkedHashSet<>();
            List<String> pending = new CopyOnWriteArrayList<>();

            int sent = 0;
            long killAt = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            long stopAt = killAt + Duration.ofSeconds(4).toNanos();
            boolean killed = false;
            while (System.nanoTime() < stopAt) {
                if (!killed && System.nanoTime() > killAt) {
                    owner.kill();
                    killed = true;
                }
                List<String> batch = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    batch.add("kill-" + sent++);
                }
                String target = sent % 2 == 0 ? owner.base() : survivor.base();
                ingest(target, id, key, batch, acknowledged, pending);
            }
            assertThat(killed).isTrue();
            // a client retries what was never acknowledged, here through the node that is left
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<String> retry = List.copyOf(pending);
                pending.clear();
                ingest(survivor.base(), id, key, retry, acknowledged, pending);
                assertThat(pending).isEmpty();
            });

            assertThat(acknowledged).hasSize(sent);
            JdbcClient jdbc = survivor.bean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT node_id FROM battle_lease WHERE battle_id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .isEqualTo("b-" + survivor.port());
            List<String> logged = new ArrayList<>();
            survivor.bean(BattleEventLog.class).readAll(id, entry -> {
                if (entry.event() instanceof GiftReceived gift) {
                    logged.add(gift.eventId());
                }
            });
            assertThat(logged).doesNotHaveDuplicates().hasSize(sent);
            assertThat(survivor.bean(BattleManagement.class)
                            .find(id)
                            .orElseThrow()
                            .snapshot()
                            .sides()
                            .getFirst()
                            .score())
                    .isEqualTo((long) sent * CORGI);
        }
    }

    @Test
    void aRedisRestartMidBattleLosesNothingAcknowledgedAndViewersCatchUp() throws Exception {
        try (RedisServer redis = RedisServer.start()) {
            var nodes = ClusterNodes.onPostgres(redis.url());
            assumeThat(nodes).as("PostgreSQL on 127.0.0.1:5432").isPresent();
            try (ClusterNodes cluster = nodes.orElseThrow()) {
                ClusterNodes.Node a = cluster.start("a");
                ClusterNodes.Node b = cluster.start("b");
                BattleManagement onA = a.bean(BattleManagement.class);
                String id = onA.start(onA.create(new BattleSetup(
                                        "Redis restart",
                                        List.of(
                                                new SideSetup(
                                                        "A", List.of(RoomBinding.host("ra", "k-room-a", "r-host-a"))),
                                                new SideSetup(
                                                        "B", List.of(RoomBinding.host("rb", "k-room-b", "r-host-b")))),
                                        BattleRules.defaults().withDuration(Duration.ofMinutes(10)),
                                        SourceKind.INGEST,
                                        null))
                                .id())
                        .id();
                String key = onA.ingestKey(id);
                SseReader viewer = SseReader.open(b.base() + "/battles/" + id + "/stream", null);
                Set<String> acknowledged = new HashSet<>();
                List<String> pending = new CopyOnWriteArrayList<>();
                ingest(b.base(), id, key, names("before", 10), acknowledged, pending);
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> assertThat(viewer.lastScore())
                                .as(viewer + " " + pending)
                                .contains("\"score\":" + 10 * CORGI));

                redis.stop();
                ingest(a.base(), id, key, names("during", 10), acknowledged, pending);
                redis.restart();
                ingest(b.base(), id, key, names("after", 10), acknowledged, pending);

                assertThat(pending)
                        .as("the battle's node logs events without Redis")
                        .isEmpty();
                assertThat(acknowledged).hasSize(30);
                await().atMost(Duration.ofSeconds(20))
                        .untilAsserted(() -> assertThat(viewer.lastScore())
                                .as("the viewer on the other node caught up")
                                .contains("\"score\":" + 30 * CORGI));
                SseReader late = SseReader.open(b.base() + "/battles/" + id + "/stream", null);
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> assertThat(late.lastScore()).contains("\"score\":" + 30 * CORGI));
                viewer.close();
                late.close();
            }
        }
    }

    private static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + "-" + i);
        }
        return names;
    }

    /** Sends gifts; the accepted and duplicate ones are acknowledged, anything else goes to {@code pending}. */
    private static void ingest(
            String base,
            String battleId,
            String key,
            List<String> msgIds,
            Set<String> acknowledged,
            List<String> pending) {
        if (msgIds.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder("[");
        for (String msgId : msgIds) {
            if (body.length() > 1) {
                body.append(',');
            }
            body.append("""
                    {"type":"gift","msgId":"%s","userId":"fan-1","uniqueId":"fan1","nickname":"Fan",
                     "roomId":"k-room-a","giftId":6267,"giftName":"Corgi","giftType":2,"diamondCount":%d,
                     "repeatCount":1,"repeatEnd":false}""".formatted(msgId, CORGI));
        }
        body.append(']');
        try {
            HttpResponse<String> response = post(base + "/api/battles/" + battleId + "/events", key, body.toString());
            if (response.statusCode() != 200) {
                pending.addAll(msgIds);
                return;
            }
            for (JsonNode result : JSON.readTree(response.body()).path("results")) {
                String msgId = result.path("msgId").asString();
                String status = result.path("status").asString();
                if (status.equals("accepted") || status.equals("duplicate")) {
                    acknowledged.add(msgId);
                } else {
                    pending.add(msgId);
                }
            }
        } catch (IOException | InterruptedException unreachable) {
            pending.addAll(msgIds);
        }
    }

    private static HttpResponse<String> post(String url, String ingestKey, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(40))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ingestKey != null) {
            request.header("X-Ingest-Key", ingestKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Redis of this test's own (Debian's redis-server, nothing kept on disk), to stop and start at will. */
    private static final class RedisServer implements AutoCloseable {

        private final int port;
        private final Path dir;
        private Process process;

        private RedisServer(int port, Path dir) {
            this.port = port;
            this.dir = dir;
        }

        static RedisServer start() throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            assumeThat(Path.of("/usr/bin/redis-server")).as("redis-server").exists();
            var server = new RedisServer(port, Files.createTempDirectory("redis"));
            server.restart();
            return server;
        }

        String url() {
            return "redis://127.0.0.1:" + port;
        }

        void restart() throws Exception {
            process = new ProcessBuilder(
                            "/usr/bin/redis-server",
                            "--port",
                            String.valueOf(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no",
                            "--dir",
                            dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                try (var socket = new java.net.Socket("127.0.0.1", port)) {
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            throw new AssertionError("redis-server did not start");
        }

        void stop() throws InterruptedException {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
