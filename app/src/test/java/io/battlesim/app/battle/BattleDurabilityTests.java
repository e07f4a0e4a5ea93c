package io.battlesim.app.battle;

import static io.battlesim.app.battle.TestBattles.CORGI;
import static io.battlesim.app.battle.TestBattles.ROSE;
import static io.battlesim.app.battle.TestBattles.SUNGLASSES;
import static io.battlesim.app.battle.TestBattles.SWAN;
import static io.battlesim.app.battle.TestBattles.avaVsLeo;
import static io.battlesim.app.battle.TestBattles.bigGift;
import static io.battlesim.app.battle.TestBattles.gift;
import static io.battlesim.app.battle.TestBattles.like;
import static io.battlesim.app.battle.TestBattles.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Phase;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A battle survives its process: a new {@link BattleManagement} over the same database rebuilds every LIVE battle
 * from its log with exactly the same state, and the battle goes on (H2 always, PostgreSQL when it answers).
 */
class BattleDurabilityTests {

    @Nested
    class OnH2 extends DurabilityContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends DurabilityContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class DurabilityContract {

        private static final long STREAK_TIMEOUT_MILLIS = 5_000;

        private final Optional<Database> database;
        private final TestClock clock = TestClock.at("2026-06-01T18:00:00Z");
        private final List<BattleTestRig> rigs = new ArrayList<>();

        DurabilityContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterEach
        void stopAndDrop() {
            rigs.forEach(BattleTestRig::crash);
            database.ifPresent(Database::close);
        }

        private BattleTestRig firstProcess() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return track(new BattleTestRig(database.orElseThrow(), clock));
        }

        private BattleTestRig track(BattleTestRig rig) {
            rigs.add(rig);
            return rig;
        }

        @Test
        void rebuildsTheSameScoresAndSupportersFromTheLog() {
            BattleTestRig before = firstProcess();
            String id = before.battles.create(avaVsLeo(Duration.ofMinutes(5))).id();
            before.battles.start(id);
            List<BattleEvent> events = busyMinute(clock.millis());
            before.battles.submitAll(id, events).forEach(future -> future.join());
            before.battles.triggerPowerUp(id, "s2", PowerUpKind.MAGIC_MIST, TriggeredBy.CREATOR);
            // The restarted process ticks once on resume; let the first one tick past the last event too, so both
            // have inferred the same idle streaks (the ones still pending are rebuilt as pending).
            BattleSnapshot acknowledged = await().until(
                            () -> before.battles.find(id).orElseThrow().snapshot(),
                            snapshot -> snapshot.pendingStreaks().stream()
                                    .allMatch(streak -> snapshot.now() - streak.lastSeenAt() < STREAK_TIMEOUT_MILLIS));

            before.crash();
            BattleTestRig after = track(before.restarted());

            BattleSnapshot rebuilt = after.battles.find(id).orElseThrow().snapshot();
            assertThat(rebuilt.sides()).isEqualTo(acknowledged.sides());
            assertThat(rebuilt.pendingStreaks()).isEqualTo(acknowledged.pendingStreaks());
            assertThat(rebuilt.leadTimeline()).isEqualTo(acknowledged.leadTimeline());
            assertThat(rebuilt.endsAt()).isEqualTo(acknowledged.endsAt());
            assertThat(rebuilt.phase()).isEqualTo(Phase.LIVE);
            assertThat(after.published(BattleResumed.class)).containsExactly(new BattleResumed(id));
        }

        @Test
        void remembersEveryEventIdAcrossTheRestart() {
            BattleTestRig before = firstProcess();
            String id = before.battles.create(avaVsLeo(Duration.ofMinutes(5))).id();
            before.battles.start(id);
            Sender mia = viewer("mia");
            var corgi = bigGift("c1", "r-ava", mia, CORGI, clock.millis() + 1);
            before.battles.submit(id, corgi).join();

            before.crash();
            BattleTestRig after = track(before.restarted());

            assertThat(after.battles.submit(id, corgi).join()).isEqualTo(Admission.DUPLICATE);
            assertThat(after.battles
                            .submit(id, bigGift("c2", "r-ava", mia, CORGI, clock.millis() + 2))
                            .join())
                    .isEqualTo(Admission.ACCEPTED);
            assertThat(after.battles
                            .find(id)
                            .orElseThrow()
                            .snapshot()
                            .side("s1")
                            .score())
                    .isEqualTo(2 * 299);
        }

        @Test
        void continuesTheUpdateSequenceAboveEverythingSentBefore() {
            BattleTestRig before = firstProcess();
            String id = before.battles.create(avaVsLeo(Duration.ofMinutes(5))).id();
            List<BattleUpdate> beforeUpdates = new CopyOnWriteArrayList<>();
            before.updates.subscribe(id, 0, beforeUpdates::add);
            before.battles.start(id);
            before.battles
                    .submit(id, bigGift("c1", "r-ava", viewer("mia"), CORGI, clock.millis()))
                    .join();
            await().until(() -> beforeUpdates.stream().anyMatch(BattleUpdate.GiftAlert.class::isInstance));

            before.crash();
            BattleTestRig after = track(before.restarted());
            List<BattleUpdate> afterUpdates = new CopyOnWriteArrayList<>();
            long lastSeen = beforeUpdates.getLast().sequence();
            after.updates.subscribe(id, lastSeen, afterUpdates::add);

            await().untilAsserted(() -> assertThat(afterUpdates)
                    .first()
                    .isInstanceOf(BattleUpdate.ScoreboardChanged.class)
                    .extracting(BattleUpdate::sequence)
                    .satisfies(sequence -> assertThat(sequence).isGreaterThan(lastSeen)));
        }

        @Test
        void endsABattleWhoseTimeRanOutWhileTheAppWasDown() {
            BattleTestRig before = firstProcess();
            String id = before.battles.create(avaVsLeo(Duration.ofMinutes(1))).id();
            before.battles.start(id);
            before.battles
                    .submit(id, bigGift("w1", "r-leo", viewer("noah"), SWAN, clock.millis() + 5))
                    .join();
            before.battles
                    .submit(id, gift("r1", "r-ava", viewer("mia"), ROSE, 7, false, "g", clock.millis() + 6))
                    .join();

            before.crash();
            clock.advance(Duration.ofMinutes(3));
            BattleTestRig after = track(before.restarted());

            BattleView ended = after.battles.find(id).orElseThrow();
            assertThat(ended.status()).isEqualTo(BattleStatus.ENDED);
            assertThat(ended.snapshot().endedAt()).isEqualTo(ended.snapshot().startedAt() + 60_000);
            assertThat(ended.snapshot().side("s1").score())
                    .as("the open streak, inferred")
                    .isEqualTo(7);
            assertThat(after.published(BattleFinished.class)).containsExactly(new BattleFinished(id, "s2"));
            assertThat(after.published(BattleResumed.class)).isEmpty();
            assertThat(after.battles.history(5)).extracting(BattleSummary::id).containsExactly(id);
        }

        @Test
        void appliesTheEndOfAStreakOpenAtTheCrashThatArrivesAfterTheRestart() {
            BattleTestRig before = firstProcess();
            String id = openStreakOfThreeSunglasses(before);

            before.crash();
            clock.advance(Duration.ofMinutes(2));
            BattleTestRig after = track(before.restarted());
            clock.advance(Duration.ofSeconds(1));
            Admission end = after.battles
                    .submit(id, gift("s-end", "r-ava", viewer("mia"), SUNGLASSES, 5, true, "g", clock.millis()))
                    .join();

            assertThat(end).isEqualTo(Admission.ACCEPTED);
            assertThat(after.battles
                            .find(id)
                            .orElseThrow()
                            .snapshot()
                            .side("s1")
                            .score())
                    .isEqualTo(5 * 199);
            after.crash();
            BattleTestRig again = track(after.restarted());
            assertThat(again.battles
                            .find(id)
                            .orElseThrow()
                            .snapshot()
                            .side("s1")
                            .score())
                    .as("rebuilt once more from the log, which holds the resume")
                    .isEqualTo(5 * 199);
        }

        @Test
        void finalisesAStreakOpenAtTheCrashOneTimeoutAfterTheRestart() {
            BattleTestRig before = firstProcess();
            String id = openStreakOfThreeSunglasses(before);

            before.crash();
            clock.advance(Duration.ofMinutes(2));
            BattleTestRig after = track(before.restarted());
            clock.advance(Duration.ofMillis(STREAK_TIMEOUT_MILLIS - 100));

            await().during(Duration.ofMillis(300))
                    .atMost(Duration.ofSeconds(5))
                    .until(
                            () -> after.battles.find(id).orElseThrow().snapshot(),
                            snapshot -> snapshot.pendingStreaks().size() == 1);
            clock.advance(Duration.ofMillis(100));
            await().untilAsserted(() -> {
                BattleSnapshot snapshot = after.battles.find(id).orElseThrow().snapshot();
                assertThat(snapshot.pendingStreaks()).isEmpty();
                assertThat(snapshot.side("s1").score()).isEqualTo(3 * 199);
            });
        }

        /** A started battle with Mia's Sunglasses streak at three taps, its end event not sent yet. */
        private String openStreakOfThreeSunglasses(BattleTestRig rig) {
            String id = rig.battles.create(avaVsLeo(Duration.ofMinutes(5))).id();
            rig.battles.start(id);
            Sender mia = viewer("mia");
            for (int tap = 1; tap <= 3; tap++) {
                rig.battles
                        .submit(id, gift("s-" + tap, "r-ava", mia, SUNGLASSES, tap, false, "g", clock.millis() + tap))
                        .join();
            }
            assertThat(rig.battles.find(id).orElseThrow().snapshot().pendingStreaks())
                    .singleElement()
                    .satisfies(streak -> assertThat(streak.repeatCount()).isEqualTo(3));
            return id;
        }

        /** A minute of a busy battle: streaks (some never ended), big gifts, likes, duplicates. */
        private static List<BattleEvent> busyMinute(long start) {
            var random = ThreadLocalRandom.current();
            List<BattleEvent> events = new ArrayList<>();
            List<Sender> viewers = List.of(viewer("mia"), viewer("noah"), viewer("zoe"), viewer("kai"));
            for (int i = 0; i < 300; i++) {
                long at = start + i * 200L;
                String room = random.nextBoolean() ? "r-ava" : "r-leo";
                Sender sender = viewers.get(random.nextInt(viewers.size()));
                switch (random.nextInt(4)) {
                    case 0 -> events.add(bigGift("big" + i, room, sender, CORGI, at));
                    case 1 -> {
                        int taps = 1 + random.nextInt(5);
                        for (int tap = 1; tap <= taps; tap++) {
                            events.add(gift("st" + i + "-" + tap, room, sender, SUNGLASSES, tap, false, "g" + i, at));
                        }
                        if (random.nextInt(4) > 0) {
                            events.add(gift("st" + i + "-end", room, sender, SUNGLASSES, taps, true, "g" + i, at));
                        }
                    }
                    case 2 -> events.add(like("lk" + i, room, sender, 1 + random.nextInt(15), at));
                    default -> {
                        if (!events.isEmpty()) {
                            events.add(events.get(random.nextInt(events.size())));
                        }
                    }
                }
            }
            return events;
        }
    }
}
