package io.battlesim.app.battle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.battle.persistence.BattleEventLog;
import io.battlesim.app.live.connector.ConnectorRegistry;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three app nodes on one PostgreSQL and the local Redis (cluster mode): events ingested on any node reach viewers on
 * any node, a viewer moving between nodes resumes with no gap and no repeat, a frozen owner is fenced off and its
 * battle taken over with every acknowledged event counted once. // GH-16
 */
class ClusterIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Gift CORGI = new Gift(6267, "Corgi", 0, 299);

    private static ClusterNodes cluster;
    private static ClusterNodes.Node a;
    private static ClusterNodes.Node b;
    private static ClusterNodes.Node c;

    @BeforeAll
    static void startNodes() {
        Optional<ClusterNodes> nodes = ClusterNodes.onPostgres();
        assumeThat(nodes).as("PostgreSQL on 127.0.0.1:5432").isPresent();
        cluster = nodes.orElseThrow();
        a = cluster.start("a");
        b = cluster.start("b");
        c = cluster.start("c");
    }

    @AfterAll
    static void stopNodes() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void giftsIngestedOnOneNodeReachViewersOnAnotherAndAViewerMovingNodesResumesWithoutGapOrRepeat() throws Exception {
        String id = startBattleOn(a, "Cluster fan-out");
        assertThat(b.bean(BattleManagement.class).running())
                .as("every node lists the battles of every node")
                .extracting(BattleView::id)
                .contains(id);
        List<BattleUpdate> onB = new CopyOnWriteArrayList<>();
        BattleUpdates.Subscription viewerOnB = b.bean(BattleUpdates.class).subscribe(id, 0, onB::add);

        List<Admission> first = submit(b, id, gifts(id, "b", 0, 20, CORGI));

        assertThat(first).allMatch(Admission.ACCEPTED::equals);
        await().atMost(Duration.ofSeconds(10)).until(() -> alerts(onB) == 20);
        viewerOnB.close();
        long lastSeen = onB.getLast().sequence();

        List<BattleUpdate> onC = new CopyOnWriteArrayList<>();
        BattleUpdates.Subscription viewerOnC = c.bean(BattleUpdates.class).subscribe(id, lastSeen, onC::add);
        List<Admission> second = submit(c, id, gifts(id, "c", 20, 15, CORGI));

        assertThat(second).allMatch(Admission.ACCEPTED::equals);
        await().atMost(Duration.ofSeconds(10)).until(() -> alerts(onB) + alerts(onC) == 35);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(scoreOn(c, id)).isEqualTo(35 * 299));
        viewerOnC.close();
        List<Long> sequences = new ArrayList<>();
        onB.forEach(update -> sequences.add(update.sequence()));
        onC.forEach(update -> sequences.add(update.sequence()));
        long firstSequence = sequences.getFirst();
        assertThat(sequences)
                .as("every update once, in order, across the move from B to C")
                .containsExactlyElementsOf(LongStream.rangeClosed(firstSequence, sequences.getLast())
                        .boxed()
                        .toList());
        assertThat(a.bean(BattleManagement.class)
                        .find(id)
                        .orElseThrow()
                        .snapshot()
                        .sides()
                        .getFirst()
                        .score())
                .isEqualTo(35 * 299);
    }

    @Test
    void aFrozenOwnerIsFencedOffAndItsBattleTakenOverWithEveryAcknowledgedEventCountedOnce() throws Exception {
        String id = startBattleOn(a, "Cluster take-over");
        LeaseKeeper frozen = a.bean(LeaseKeeper.class);
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        acknowledged.addAndGet(count(submit(b, id, gifts(id, "before", 0, 10, CORGI))));

        frozen.pause(true); // A stops renewing, as a node that froze or died would
        try {
            // ingest keeps arriving on B while the lease expires and another node takes the battle over
            for (int round = 0; round < 20; round++) {
                try {
                    acknowledged.addAndGet(count(submit(b, id, gifts(id, "during-" + round, 0, 5, CORGI))));
                } catch (ExecutionException unavailable) {
                    failed.incrementAndGet(); // nothing acknowledged: a client retries these
                }
                Thread.sleep(150);
            }
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> owner(id).isPresent() && !owner(id).get().equals(nodeId(a)));

            // A wakes up still holding its old writer: its append is refused by the fencing token
            RunningBattle stale = a.bean(RunningBattles.class).get(id);
            if (stale != null && !stale.closed()) {
                assertThatThrownBy(() -> a.bean(BattleManagement.class)
                                .submitHere(id, List.of(gift(id, "stale", 0, CORGI)))
                                .getFirst()
                                .get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(BattleUnavailableException.class);
            }
            assertThat(loggedIds(id)).noneMatch(eventId -> eventId.contains("stale"));
        } finally {
            frozen.pause(false);
        }
        acknowledged.addAndGet(count(submit(c, id, gifts(id, "after", 0, 10, CORGI))));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(scoreOn(b, id)).isEqualTo(acknowledged.get() * 299L));
        assertThat(acknowledged.get()).isGreaterThanOrEqualTo(20);
        assertThat(loggedIds(id)).doesNotHaveDuplicates();
    }

    @Test
    void anOverlayStreamMovedFromOneNodeToAnotherWithLastEventIdResumesWithoutGapOrRepeat() throws Exception {
        String id = startBattleOn(a, "Cluster SSE");
        String key = a.bean(BattleManagement.class).ingestKey(id);
        SseReader onB = SseReader.open(b.base() + "/battles/" + id + "/stream", null);
        for (int i = 0; i < 12; i++) {
            assertThat(ingest(c, id, key, "sse-" + i).statusCode()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(onB.lastScore()).contains("\"score\":" + 12 * 299));
        onB.close();

        SseReader onA = SseReader.open(a.base() + "/battles/" + id + "/stream", onB.lastId());
        for (int i = 12; i < 20; i++) {
            assertThat(ingest(b, id, key, "sse-" + i).statusCode()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(onA.lastScore()).as(onA.toString()).contains("\"score\":" + 20 * 299));
        Thread.sleep(300); // a repeat would come right after
        onA.close();

        assertThat(onA.ids().getFirst())
                .as("resumed after the last id seen on B")
                .isGreaterThan(onB.ids().getLast());
        List<Long> ids = new ArrayList<>(onB.ids());
        ids.addAll(onA.ids());
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        List<String> gifts = new ArrayList<>(onB.gifts());
        gifts.addAll(onA.gifts());
        assertThat(gifts).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void aNodeWithoutTheBattleShowsTheOddsItsOwnerEstimates() throws Exception {
        String id = startBattleOn(a, "Cluster odds");
        submit(c, id, gifts(id, "odds", 0, 3, CORGI));
        SseReader onB = SseReader.open(b.base() + "/battles/" + id + "/stream", null);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(onB.toString()).contains("event: odds"));
        onB.close();
    }

    @Test
    void aLiveBattlesSourcesMoveWithItToTheNodeThatTakesItOver() {
        String id = a.bean(BattleManagement.class)
                .start(a.bean(BattleManagement.class)
                        .create(new BattleSetup(
                                "Cluster sources",
                                List.of(
                                        new SideSetup(
                                                "Ava",
                                                List.of(RoomBinding.host("ava.sparks", "ava.sparks", "ava.sparks"))),
                                        new SideSetup(
                                                "Leo",
                                                List.of(RoomBinding.host("leo.beats", "leo.beats", "leo.beats")))),
                                BattleRules.defaults().withDuration(Duration.ofMinutes(10)),
                                SourceKind.LIVE_API,
                                null))
                        .id())
                .id();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() ->
                        assertThat(a.bean(ConnectorRegistry.class).status(id)).hasSize(2));
        LeaseKeeper frozen = a.bean(LeaseKeeper.class);
        frozen.pause(true);
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> owner(id).isPresent() && !owner(id).get().equals(nodeId(a)));
        } finally {
            frozen.pause(false);
        }
        ClusterNodes.Node newOwner = owner(id).orElseThrow().equals(nodeId(b)) ? b : c;

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(newOwner.bean(ConnectorRegistry.class).status(id))
                                .hasSize(2));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(a.bean(ConnectorRegistry.class).status(id))
                        .as("the old owner let its sources go")
                        .isEmpty());
        newOwner.bean(BattleManagement.class).end(id);
    }

    @Test
    void everyNodeHearsThatTheLeaderboardsChangedWhereverTheTalliesWereApplied() {
        List<io.battlesim.app.leaderboard.LeaderboardsChanged> heardOnB = new CopyOnWriteArrayList<>();
        b.context().addApplicationListener(event -> {
            if (event instanceof org.springframework.context.PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof io.battlesim.app.leaderboard.LeaderboardsChanged changed) {
                heardOnB.add(changed);
            }
        });

        a.context()
                .publishEvent(new io.battlesim.app.leaderboard.LeaderboardsChanged(
                        java.util.Set.of("battle-x"), java.util.Set.of("ava.sparks", "leo.beats")));

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(heardOnB)
                        .contains(new io.battlesim.app.leaderboard.LeaderboardsChanged(
                                java.util.Set.of("battle-x"), java.util.Set.of("ava.sparks", "leo.beats"))));
    }

    @Test
    void aViewerVotesOnANodeThatDoesNotRunTheBattle() {
        String id = startBattleOn(a, "Cluster votes");
        BattleAudience audience = b.bean(BattleAudience.class);
        a.bean(BattleAudience.class).changeRules(id, io.battlesim.engine.audience.AudienceRules.standard());

        VoteAnswer first = audience.vote(id, "v1", "web:viewer-1", "s1", null);
        VoteAnswer again = audience.vote(id, "v1", "web:viewer-1", "s1", null);

        assertThat(first.outcome()).isEqualTo(VoteAnswer.Outcome.COUNTED);
        assertThat(again.outcome()).isEqualTo(VoteAnswer.Outcome.DUPLICATE);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(c.bean(BattleManagement.class)
                                .find(id)
                                .orElseThrow()
                                .snapshot()
                                .audience()
                                .totalVotes())
                        .isEqualTo(1));
    }

    @Test
    void requestsSpreadOverTheNodesHitTheSameLimitAsOnOneNode() throws Exception {
        // anonymous battle creation: 10 per minute per address (as in application.yml; ClusterNodes sets it back
        // from the tests' generous limits), from 127.0.0.1 to every node in turn
        a.bean(io.battlesim.app.cluster.ClusterRedis.class)
                .shared()
                .sync()
                .del("ratelimit:anonymous-battle-creation:address:127.0.0.1"); // a run a minute ago
        List<Integer> statuses = new ArrayList<>();
        ClusterNodes.Node[] nodes = {a, b, c};
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> created = HTTP.send(
                    HttpRequest.newBuilder(URI.create(nodes[i % 3].base() + "/api/battles"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"title": "Limited %d", "sides": [{"label": "A", "rooms": [{"username": "la"}]},
                                      {"label": "B", "rooms": [{"username": "lb"}]}]}""".formatted(i)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(created.statusCode());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(201);
        assertThat(statuses.subList(10, 12)).containsOnly(429);
    }

    private static HttpResponse<String> ingest(ClusterNodes.Node node, String battleId, String key, String msgId)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(node.base() + "/api/battles/" + battleId + "/events"))
                        .header("Content-Type", "application/json")
                        .header("X-Ingest-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                [{"type":"gift","msgId":"%s","userId":"fan-1","uniqueId":"fan1","nickname":"Fan",
                                  "roomId":"c-room-a","giftId":6267,"giftName":"Corgi","giftType":2,
                                  "diamondCount":299,"repeatCount":1,"repeatEnd":false}]""".formatted(msgId)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String startBattleOn(ClusterNodes.Node node, String title) {
        BattleManagement battles = node.bean(BattleManagement.class);
        BattleView created = battles.create(new BattleSetup(
                title,
                List.of(
                        new SideSetup("A", List.of(RoomBinding.host("ca", "c-room-a", "c-host-a"))),
                        new SideSetup("B", List.of(RoomBinding.host("cb", "c-room-b", "c-host-b")))),
                BattleRules.defaults().withDuration(Duration.ofMinutes(10)),
                SourceKind.INGEST,
                null));
        return battles.start(created.id()).id();
    }

    private static List<BattleEvent> gifts(String battleId, String prefix, int from, int count, Gift gift) {
        List<BattleEvent> events = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            events.add(gift(battleId, prefix, i, gift));
        }
        return events;
    }

    private static GiftReceived gift(String battleId, String prefix, int i, Gift gift) {
        return new GiftReceived(
                battleId + "-" + prefix + "-" + i,
                "c-room-a",
                new Sender("fan-" + i, "fan" + i, "Fan " + i),
                null,
                gift,
                1,
                true,
                null,
                System.currentTimeMillis());
    }

    private static List<Admission> submit(ClusterNodes.Node node, String battleId, List<BattleEvent> events)
            throws Exception {
        List<Admission> answers = new ArrayList<>();
        for (var admission : node.bean(BattleManagement.class).submitAll(battleId, events)) {
            answers.add(admission.get(30, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static int count(List<Admission> answers) {
        return (int) answers.stream().filter(Admission.ACCEPTED::equals).count();
    }

    private static long alerts(List<BattleUpdate> updates) {
        return updates.stream().filter(BattleUpdate.GiftAlert.class::isInstance).count();
    }

    private static long scoreOn(ClusterNodes.Node node, String battleId) {
        return node.bean(BattleManagement.class)
                .find(battleId)
                .orElseThrow()
                .snapshot()
                .sides()
                .getFirst()
                .score();
    }

    private static Optional<String> owner(String battleId) {
        return jdbc().sql("SELECT node_id FROM battle_lease WHERE battle_id = :id AND expires_at >= now()")
                .param("id", battleId)
                .query(String.class)
                .optional();
    }

    private static String nodeId(ClusterNodes.Node node) {
        return node.name() + "-" + node.port();
    }

    private static List<String> loggedIds(String battleId) {
        List<String> ids = new ArrayList<>();
        a.bean(BattleEventLog.class).readAll(battleId, entry -> {
            if (entry.event() instanceof GiftReceived gift) {
                ids.add(gift.eventId());
            }
        });
        return ids;
    }

    private static JdbcClient jdbc() {
        return a.bean(JdbcClient.class);
    }
}
