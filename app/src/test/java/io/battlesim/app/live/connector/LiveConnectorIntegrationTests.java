package io.battlesim.app.live.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.live.ConnectionState;
import io.battlesim.app.live.LiveIntegrationTestSupport;
import io.battlesim.app.live.api.LiveApiClient;
import io.battlesim.app.live.api.LiveCredentials;
import io.battlesim.app.live.api.LiveEndpoint;
import io.battlesim.app.live.api.LiveFrame;
import io.battlesim.app.live.api.LiveFrames;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.tiktok.emulator.GiftCommand;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * One connector against the emulator's WebSocket through the real app, feeding a battle, with its connection
 * dropped at a chosen frame: what the battle counts must not change.
 */
class LiveConnectorIntegrationTests extends LiveIntegrationTestSupport {

    private static final String ABORT = "abort";

    @Autowired
    LiveApiClient api;

    @Autowired
    LiveCredentials credentials;

    @Autowired
    JsonMapper json;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<Long> savedCursors = new CopyOnWriteArrayList<>();
    private final AtomicReference<LiveConnector> connector = new AtomicReference<>();
    private BattleView battle;

    @BeforeEach
    void startBattleFedOnlyByTheTestsConnector() {
        // INGEST: the app connects no source of its own, so this connector is the battle's only feed.
        battle = startBattle(SourceKind.INGEST, "ava.sparks", "leo.beats");
    }

    @AfterEach
    void stop() {
        if (connector.get() != null) {
            connector.get().stop(false);
        }
        scheduler.shutdownNow();
        battles.end(battle.id());
    }

    @Test
    void aDropInTheMiddleOfAStreakLosesNothingAndCountsTheStreakOnce() {
        follow("ava.sparks", frame -> isTap(frame, 3));

        emulator.live().sendGift("ava.sparks", new GiftCommand("Streaky", "Rose", 12));

        awaitScore(battle.id(), 0, 12);
        assertThat(snapshot(battle.id()).sides().get(0).gifts()).isEqualTo(1);
        assertThat(seen.indexOf(ABORT)).as("the connection dropped").isPositive();
        assertThat(seen.subList(0, seen.indexOf(ABORT)))
                .as("before the drop")
                .contains("tap 1", "tap 2", "tap 3")
                .doesNotContain("end 12");
        assertThat(seen.subList(seen.indexOf(ABORT), seen.size()))
                .as("after the drop")
                .contains("tap 4", "tap 12", "end 12");
        assertThat(connector.get().status().reconnects()).isPositive();
        awaitConnected();
    }

    @Test
    void resumesFromTheLastAcknowledgedFrameWhenFramesCameWhileDisconnected() {
        follow("ava.sparks", frame -> isTap(frame, 2));
        emulator.live().sendGift("ava.sparks", new GiftCommand("First", "Rose", 2, false, false));
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains(ABORT));

        emulator.live().sendGift("ava.sparks", new GiftCommand("Second", "Corgi", 2));
        emulator.live().sendGift("ava.sparks", new GiftCommand("Third", "Finger Heart", 3));

        awaitScore(battle.id(), 0, 2 * 299 + 3 * 5 + 2);
        long lastSeq = room("ava.sparks").lastSeq();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(connector.get().status().lastSeq()).isEqualTo(lastSeq));
    }

    @Test
    void followsAStreamThatNumbersFromOneAgainAfterTheServiceRestarted() {
        long beyond = room("ava.sparks").lastSeq() + 10_000;
        LiveConnector resumed = new LiveConnector(
                battle.id(),
                binding("ava.sparks"),
                null,
                beyond,
                notBefore(),
                context(new LiveFrames(json)::parse, credentials),
                metrics());
        connector.set(resumed);
        resumed.start();
        awaitConnected();

        emulator.live().sendGift("ava.sparks", new GiftCommand("After Restart", "Sunglasses", 1));

        awaitScore(battle.id(), 0, 199);
        long lastSeq = room("ava.sparks").lastSeq();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(resumed.status().lastSeq()).isEqualTo(lastSeq));
    }

    @Test
    void reportsARefusedTokenAndKeepsTrying() {
        var refusing = new LiveCredentials(userId -> java.util.Optional.of("act.revoked-long-ago"), null);
        LiveConnector stubborn = new LiveConnector(
                battle.id(),
                binding("leo.beats"),
                7L,
                -1,
                notBefore(),
                context(new LiveFrames(json)::parse, refusing),
                metrics());
        connector.set(stubborn);
        stubborn.start();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(stubborn.status().state()).isEqualTo(ConnectionState.RECONNECTING);
            assertThat(stubborn.status().lastError()).contains("HTTP 401").doesNotContain("act.revoked");
            assertThat(stubborn.status().reconnects()).isGreaterThanOrEqualTo(2);
        });
    }

    /** Follows a room with a connector whose connection drops right after the frame {@code dropAt} matches. */
    private void follow(String username, java.util.function.Predicate<LiveFrame> dropAt) {
        LiveFrames parser = new LiveFrames(json);
        Function<String, LiveFrame> frames = text -> {
            LiveFrame frame = parser.parse(text);
            if (!isFromThisTest(frame)) {
                return frame;
            }
            seen.add(describe(frame));
            if (!seen.contains(ABORT) && dropAt.test(frame)) {
                seen.add(ABORT);
                connector.get().abort("test: network drop");
            }
            return frame;
        };
        LiveConnector following = new LiveConnector(
                battle.id(), binding(username), null, -1, notBefore(), context(frames, credentials), metrics());
        connector.set(following);
        following.start();
        awaitConnected();
    }

    private ConnectorContext context(Function<String, LiveFrame> frames, LiveCredentials tokens) {
        return new ConnectorContext(
                api.http(),
                (LiveEndpoint.Configured) api.endpoint(),
                tokens,
                frames,
                battles::submitAll,
                (battleId, roomId, lastSeq) -> savedCursors.add(lastSeq),
                scheduler,
                new Backoff(Duration.ofMillis(500), Duration.ofSeconds(2), new SplittableRandom(1)),
                Duration.ofSeconds(5),
                Duration.ofSeconds(45),
                new SimpleMeterRegistry(),
                Clock.systemUTC());
    }

    private static ConnectorMetrics metrics() {
        return new ConnectorMetrics(new SimpleMeterRegistry());
    }

    private void awaitConnected() {
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> connector.get().status().state() == ConnectionState.CONNECTED);
    }

    /** The room's buffer also holds earlier tests' gifts: this test's ones come after the battle started. */
    private boolean isFromThisTest(LiveFrame frame) {
        return frame instanceof LiveFrame.Event event && event.event().timestamp() >= notBefore();
    }

    private long notBefore() {
        return battle.snapshot().startedAt();
    }

    private static boolean isTap(LiveFrame frame, int count) {
        return frame instanceof LiveFrame.Event event
                && event.event() instanceof GiftReceived gift
                && !gift.repeatEnd()
                && gift.repeatCount() == count;
    }

    private static String describe(LiveFrame frame) {
        if (frame instanceof LiveFrame.Event event && event.event() instanceof GiftReceived gift) {
            return (gift.repeatEnd() ? "end " : "tap ") + gift.repeatCount();
        }
        return frame.getClass().getSimpleName();
    }
}
