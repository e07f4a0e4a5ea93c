package io.battlesim.app.battle;

import static io.battlesim.app.battle.TestBattles.CORGI;
import static io.battlesim.app.battle.TestBattles.ROSE;
import static io.battlesim.app.battle.TestBattles.SUNGLASSES;
import static io.battlesim.app.battle.TestBattles.SWAN;
import static io.battlesim.app.battle.TestBattles.avaVsLeo;
import static io.battlesim.app.battle.TestBattles.bigGift;
import static io.battlesim.app.battle.TestBattles.gift;
import static io.battlesim.app.battle.TestBattles.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.auth.AccountDeleted;
import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.battle.persistence.LoggedEvent;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Phase;
import io.battlesim.engine.event.End;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.RejectReason;
import io.battlesim.engine.powerup.TriggeredBy;
import io.battlesim.engine.scoring.Gifter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A battle's life through {@link BattleManagement}, on an in-memory H2 with a clock moved by hand. */
class BattleManagementTests {

    private static final Duration ROUND = Duration.ofSeconds(60);

    private final Sender mia = viewer("mia");
    private final Sender noah = viewer("noah");

    private Database database;
    private TestClock clock;
    private BattleTestRig rig;
    private BattleManagement battles;

    @BeforeEach
    void newRig() {
        database = TestDatabases.h2();
        clock = TestClock.at("2026-06-01T10:00:00Z");
        rig = new BattleTestRig(database, clock);
        battles = rig.battles;
    }

    @AfterEach
    void stop() {
        rig.crash();
        database.close();
    }

    private long now() {
        return clock.millis();
    }

    @Nested
    class WhenCreated {

        @Test
        void isScheduledWithAnOverlayTokenAndTwoSides() {
            BattleView view = battles.create(avaVsLeo(ROUND));

            assertThat(view.status()).isEqualTo(BattleStatus.SCHEDULED);
            assertThat(view.title()).isEqualTo("Ava <Sparks> vs Leo");
            assertThat(view.overlayToken()).hasSizeGreaterThanOrEqualTo(43);
            assertThat(view.snapshot().phase()).isEqualTo(Phase.SCHEDULED);
            assertThat(view.snapshot().sides())
                    .extracting(BattleSnapshot.Side::id)
                    .containsExactly("s1", "s2");
            assertThat(battles.find(view.id())).map(BattleView::status).contains(BattleStatus.SCHEDULED);
            assertThat(battles.findByOverlayToken(view.overlayToken()))
                    .map(BattleView::id)
                    .contains(view.id());
        }

        @Test
        void hasAnIngestKeyThatOnlyItMatches() {
            BattleView first = battles.create(avaVsLeo(ROUND));
            BattleView second = battles.create(avaVsLeo(ROUND));

            String key = battles.ingestKey(first.id());

            assertThat(key).startsWith("ik_").isNotEqualTo(battles.ingestKey(second.id()));
            assertThat(battles.ingestKeyMatches(first.id(), key)).isTrue();
            assertThat(battles.ingestKeyMatches(second.id(), key)).isFalse();
            assertThat(battles.ingestKeyMatches(first.id(), key + "x")).isFalse();
            assertThat(battles.ingestKeyMatches("nosuchbattle", key)).isFalse();
            assertThat(view(first.id()).toString()).doesNotContain(key);
        }

        @Test
        void isControlledByItsOwnerAloneEvenWithItsControlToken() { // GH-10
            long owner = TestDatabases.insertUser(database.jdbc(), "open-ava");
            BattleView owned = battles.create(avaVsLeo(ROUND, SourceKind.INGEST, owner));
            String token = battles.controlToken(owned.id());

            assertThat(battles.controls(owned, owner, null)).isTrue();
            assertThat(battles.controls(owned, owner + 1, null)).isFalse();
            assertThat(battles.controls(owned, null, null)).isFalse();
            assertThat(battles.controls(owned, null, token)).isFalse();
        }

        @Test
        void withoutOwnerIsControlledOnlyByItsOwnControlToken() { // GH-10
            BattleView anonymous = battles.create(avaVsLeo(ROUND));
            BattleView other = battles.create(avaVsLeo(ROUND));
            String token = battles.controlToken(anonymous.id());

            assertThat(token).startsWith("ct_").isNotEqualTo(battles.ingestKey(anonymous.id()));
            assertThat(battles.controls(anonymous, null, token)).isTrue();
            assertThat(battles.controls(anonymous, 7L, null))
                    .as("a signed-in stranger")
                    .isFalse();
            assertThat(battles.controls(anonymous, null, null)).isFalse();
            assertThat(battles.controls(anonymous, null, battles.ingestKey(anonymous.id())))
                    .as("the ingest key is not a control token")
                    .isFalse();
            assertThat(battles.controls(other, null, token))
                    .as("another battle's token")
                    .isFalse();
            assertThat(battles.controls(anonymous, null, token + "x")).isFalse();
        }

        @Test
        void rejectsEventsUntilItStarts() {
            BattleView view = battles.create(avaVsLeo(ROUND));

            Admission admission = battles.submit(view.id(), bigGift("g1", "r-ava", mia, CORGI, now()))
                    .join();

            assertThat(admission).isInstanceOf(Admission.Rejected.class);
            assertThat(admission.status()).isEqualTo("rejected");
        }

        @Test
        void refusesAnInvalidSetupNamingTheField() {
            BattleSetup sameRoomTwice = new BattleSetup(
                    "Twice",
                    List.of(
                            new SideSetup("A", List.of(RoomBinding.host("a", "room", "ua"))),
                            new SideSetup("B", List.of(RoomBinding.host("b", "room", "ub")))),
                    BattleRules.defaults(),
                    SourceKind.INGEST,
                    null);

            assertThatExceptionOfType(InvalidBattleSetupException.class)
                    .isThrownBy(() -> battles.create(sameRoomTwice))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("sides[1].rooms[0].roomId"));
            assertThatExceptionOfType(InvalidBattleSetupException.class)
                    .isThrownBy(() -> battles.create(avaVsLeo(Duration.ZERO)))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("rules.duration"));
        }

        @Test
        void forgetsItsOwnerWhenTheOwnerDeletesTheirAccount() {
            long owner = TestDatabases.insertUser(database.jdbc(), "open-ava");
            String id =
                    battles.create(avaVsLeo(ROUND, SourceKind.INGEST, owner)).id();
            String scheduled =
                    battles.create(avaVsLeo(ROUND, SourceKind.INGEST, owner)).id();
            battles.start(id);
            assertThat(view(id).setup().ownerUserId()).isEqualTo(owner);

            database.jdbc()
                    .sql("DELETE FROM app_user WHERE id = :id")
                    .param("id", owner)
                    .update();
            new BattleOwners(rig.repository, rig.running).on(new AccountDeleted(owner, "open-ava"));

            assertThat(view(id).setup().ownerUserId()).isNull();
            assertThat(view(scheduled).setup().ownerUserId()).isNull();
            assertThat(view(id).status()).isEqualTo(BattleStatus.LIVE);
        }

        @Test
        void isUnknownUnderAnotherId() {
            assertThat(battles.find("nosuchbattle")).isEmpty();
            assertThatExceptionOfType(BattleNotFoundException.class)
                    .isThrownBy(() -> battles.submit("nosuchbattle", bigGift("g", "r-ava", mia, CORGI, now())));
            assertThatExceptionOfType(BattleNotFoundException.class).isThrownBy(() -> battles.start("nosuchbattle"));
        }
    }

    @Nested
    class WhenLive {

        private String id;
        private final List<BattleUpdate> updates = new CopyOnWriteArrayList<>();

        @BeforeEach
        void startBattle() {
            id = battles.create(avaVsLeo(ROUND)).id();
            rig.updates.subscribe(id, 0, updates::add);
            BattleView started = battles.start(id);
            assertThat(started.status()).isEqualTo(BattleStatus.LIVE);
        }

        @Test
        void publishesItsStartOnce() {
            assertThat(rig.published(BattleStarted.class)).containsExactly(new BattleStarted(id));
            assertThat(view(id).snapshot().phase()).isEqualTo(Phase.LIVE);
            assertThatExceptionOfType(BattleStateException.class).isThrownBy(() -> battles.start(id));
        }

        @Test
        void countsAStreakOnceAndAnswersEveryEvent() {
            long t = now() + 1_000;
            List<GiftReceived> streak = List.of(
                    gift("m1", "r-ava", mia, SUNGLASSES, 1, false, "grp", t),
                    gift("m2", "r-ava", mia, SUNGLASSES, 2, false, "grp", t + 100),
                    gift("m3", "r-ava", mia, SUNGLASSES, 3, true, "grp", t + 200));

            List<Admission> answers = battles.submitAll(id, List.copyOf(streak)).stream()
                    .map(future -> future.join())
                    .toList();
            Admission again = battles.submit(id, streak.get(1)).join();

            assertThat(answers).containsExactly(Admission.ACCEPTED, Admission.ACCEPTED, Admission.ACCEPTED);
            assertThat(again).isEqualTo(Admission.DUPLICATE);
            BattleSnapshot snapshot = view(id).snapshot();
            assertThat(snapshot.side("s1").score()).isEqualTo(3 * 199);
            assertThat(snapshot.side("s1").gifts()).isEqualTo(1);
            assertThat(snapshot.side("s1").topGifters())
                    .extracting(Gifter::nickname, Gifter::coins)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("MIA", 597L));
            await().untilAsserted(() -> assertThat(alerts())
                    .containsExactly(new BattleUpdate.GiftAlert(
                            id,
                            alerts().getFirst().sequence(),
                            "s1",
                            "MIA",
                            "Sunglasses",
                            8843,
                            3,
                            597,
                            false,
                            false)));
            assertThat(rig.counter("accepted")).isEqualTo(3);
            assertThat(rig.counter("duplicate")).isEqualTo(1);
        }

        @Test
        void answersATapOfAnEndedStreakIgnoredAndStillLogsIt() {
            long t = now() + 1_000;
            battles.submit(id, gift("m1", "r-ava", mia, SUNGLASSES, 2, true, "grp", t))
                    .join();

            GiftReceived afterTheEnd = gift("m2", "r-ava", mia, SUNGLASSES, 3, false, "grp", t + 100);

            Admission late = battles.submit(id, afterTheEnd).join();

            assertThat(late).isInstanceOf(Admission.Ignored.class);
            assertThat(late.status()).isEqualTo("ignored");
            assertThat(((Admission.Ignored) late).reason()).contains("streak already ended");
            assertThat(logOf(id)).extracting(LoggedEvent::event).last().isEqualTo(afterTheEnd);
            assertThat(view(id).snapshot().side("s1").score()).isEqualTo(2 * 199);
            assertThat(rig.counter("ignored")).isEqualTo(1);
        }

        @Test
        void logsEveryAcceptedEventButNoDuplicate() {
            long t = now() + 1_000;
            battles.submit(id, bigGift("c1", "r-leo", noah, CORGI, t)).join();
            battles.submit(id, bigGift("c1", "r-leo", noah, CORGI, t)).join();
            battles.submit(id, bigGift("c2", "r-leo", noah, CORGI, t + 1)).join();

            List<LoggedEvent> log = logOf(id);

            assertThat(log).extracting(LoggedEvent::seq).containsExactly(1L, 2L, 3L);
            assertThat(log.getFirst().event()).isInstanceOf(Start.class);
            assertThat(log.subList(1, 3))
                    .extracting(entry -> ((GiftReceived) entry.event()).eventId())
                    .containsExactly("c1", "c2");
        }

        @Test
        void rejectsAGiftFromARoomOutsideTheBattle() {
            Admission admission = battles.submit(id, bigGift("x1", "r-other", mia, CORGI, now()))
                    .join();

            assertThat(admission).isInstanceOf(Admission.Rejected.class);
            assertThat(((Admission.Rejected) admission).reason()).contains("roomId");
            assertThat(logOf(id)).hasSize(1);
        }

        @Test
        void finalisesASilentStreakAsInferred() {
            battles.submit(id, gift("s1", "r-leo", noah, ROSE, 4, false, "g", now() + 10))
                    .join();

            clock.advance(Duration.ofSeconds(6));

            await().untilAsserted(() -> assertThat(alerts()).singleElement().satisfies(alert -> {
                assertThat(alert.inferred()).isTrue();
                assertThat(alert.count()).isEqualTo(4);
                assertThat(alert.sideId()).isEqualTo("s2");
            }));
            assertThat(view(id).snapshot().side("s2").score()).isEqualTo(4);
        }

        @Test
        void appliesATriggeredBoosterAndLogsIt() {
            PowerUpResult glove = battles.triggerPowerUp(id, "s1", PowerUpKind.BOOSTING_GLOVE, TriggeredBy.CREATOR);
            PowerUpResult again = battles.triggerPowerUp(id, "s1", PowerUpKind.BOOSTING_GLOVE, TriggeredBy.CREATOR);
            PowerUpResult audienceGlove =
                    battles.triggerPowerUp(id, "s2", PowerUpKind.BOOSTING_GLOVE, TriggeredBy.AUDIENCE);
            battles.submit(id, bigGift("w1", "r-ava", mia, SWAN, now() + 1)).join();

            assertThat(glove).isEqualTo(new PowerUpResult.Activated("s1", PowerUpKind.BOOSTING_GLOVE));
            assertThat(again).isEqualTo(new PowerUpResult.Refused(RejectReason.ALREADY_ACTIVE));
            assertThat(audienceGlove).isEqualTo(new PowerUpResult.Refused(RejectReason.TRIGGER_NOT_ALLOWED));
            BattleSnapshot snapshot = view(id).snapshot();
            assertThat(snapshot.side("s1").coins()).isEqualTo(699);
            assertThat(snapshot.side("s1").score()).isEqualTo(2 * 699);
            assertThat(snapshot.side("s1").multiplier()).isEqualTo(2);
            assertThat(logOf(id))
                    .extracting(LoggedEvent::event)
                    .filteredOn(PowerUpTriggered.class::isInstance)
                    .hasSize(3);
        }

        @Test
        void answersLateForAGiftSentAfterTheEnd() {
            long endsAt = view(id).snapshot().endsAt();

            Admission admission = battles.submit(id, bigGift("late1", "r-ava", mia, SWAN, endsAt + 5))
                    .join();

            assertThat(admission).isEqualTo(Admission.LATE);
            assertThat(view(id).snapshot().side("s1").score()).isZero();
            assertThat(logOf(id)).extracting(LoggedEvent::event).last().isInstanceOf(GiftReceived.class);
        }

        @Test
        void endsWhenItsTimeIsUpAndSavesTheResult() {
            long t = now() + 1_000;
            battles.submit(id, bigGift("a1", "r-ava", mia, SWAN, t)).join();
            battles.submit(id, bigGift("l1", "r-leo", noah, CORGI, t)).join();
            battles.submit(id, gift("l2", "r-leo", noah, ROSE, 2, false, "open", t + 1))
                    .join();

            clock.advance(ROUND.plusSeconds(1));

            await().until(() -> !rig.published(BattleFinished.class).isEmpty());
            assertThat(rig.published(BattleFinished.class)).containsExactly(new BattleFinished(id, "s1"));
            BattleView ended = view(id);
            assertThat(ended.status()).isEqualTo(BattleStatus.ENDED);
            assertThat(ended.snapshot().phase()).isEqualTo(Phase.ENDED);
            assertThat(ended.snapshot().side("s2").score())
                    .as("open streak committed at the end")
                    .isEqualTo(301);
            assertThat(battles.running()).isEmpty();
            assertThat(battles.history(10)).singleElement().satisfies(summary -> {
                assertThat(summary.id()).isEqualTo(id);
                assertThat(summary.winnerLabel()).isEqualTo("Ava Sparks");
                assertThat(summary.tie()).isFalse();
                assertThat(summary.durationSeconds()).isEqualTo(60);
                assertThat(summary.sides()).extracting(SideResult::score).containsExactly(699L, 301L);
                assertThat(summary.sides().get(1).topGifters())
                        .extracting(Gifter::nickname)
                        .containsExactly("NOAH");
            });
            await().untilAsserted(() -> assertThat(updates)
                    .filteredOn(BattleUpdate.BattleEnded.class::isInstance)
                    .hasSize(1));
            assertThat(battles.submit(id, bigGift("after", "r-ava", mia, SWAN, now()))
                            .join())
                    .isEqualTo(Admission.LATE);
        }

        @Test
        void endsEarlyWhenAskedAndStaysEnded() {
            battles.submit(id, bigGift("l1", "r-leo", noah, CORGI, now() + 1)).join();
            clock.advance(Duration.ofSeconds(10));

            BattleView ended = battles.end(id);

            assertThat(ended.status()).isEqualTo(BattleStatus.ENDED);
            assertThat(ended.snapshot().winner()).isEqualTo("s2");
            assertThat(ended.snapshot().endedAt()).isEqualTo(now());
            assertThat(logOf(id)).extracting(LoggedEvent::event).last().isInstanceOf(End.class);
            assertThat(battles.end(id).status()).isEqualTo(BattleStatus.ENDED);
            assertThat(rig.published(BattleFinished.class)).hasSize(1);
            assertThat(battles.triggerPowerUp(id, "s1", PowerUpKind.MAGIC_MIST, TriggeredBy.CREATOR))
                    .isEqualTo(new PowerUpResult.Refused(RejectReason.NOT_LIVE));
        }

        @Test
        void numbersItsUpdatesInRisingOrder() {
            long t = now() + 1_000;
            for (int i = 0; i < 20; i++) {
                battles.submit(id, bigGift("u" + i, i % 2 == 0 ? "r-ava" : "r-leo", mia, CORGI, t + i));
            }
            battles.end(id);

            await().untilAsserted(() -> assertThat(updates)
                    .filteredOn(BattleUpdate.BattleEnded.class::isInstance)
                    .hasSize(1));
            List<Long> sequences = updates.stream().map(BattleUpdate::sequence).toList();
            assertThat(sequences).isSorted().doesNotHaveDuplicates();
            assertThat(alerts()).hasSize(20);
            assertThat(updates.getLast()).isInstanceOf(BattleUpdate.BattleEnded.class);
            assertThat(updates.getFirst()).isInstanceOf(BattleUpdate.ScoreboardChanged.class);
        }

        @Test
        void publishesAGiftsAlertBeforeAnsweringItsSender() throws InterruptedException {
            // Listeners run on the battle's writer: holding one in an update keeps the writer busy while Mia's gift
            // queues up, so the answer's continuation runs on the writer at the moment the gift is admitted.
            CountDownLatch writerHeld = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            rig.updates.subscribe(id, Long.MAX_VALUE, update -> {
                if (update instanceof BattleUpdate.GiftAlert alert
                        && alert.senderNickname().equals(noah.nickname())) {
                    writerHeld.countDown();
                    awaitQuietly(release);
                }
            });
            battles.submit(id, bigGift("n1", "r-leo", noah, CORGI, now() + 1_000));
            assertThat(writerHeld.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<List<String>> alertedWhenAnswered = battles.submit(
                            id, bigGift("m1", "r-ava", mia, CORGI, now() + 1_001))
                    .thenApply(admission -> alerts().stream()
                            .map(BattleUpdate.GiftAlert::senderNickname)
                            .toList());
            release.countDown();

            assertThat(alertedWhenAnswered.join()).contains(mia.nickname());
        }

        private static void awaitQuietly(CountDownLatch latch) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private List<BattleUpdate.GiftAlert> alerts() {
            return updates.stream()
                    .filter(BattleUpdate.GiftAlert.class::isInstance)
                    .map(BattleUpdate.GiftAlert.class::cast)
                    .toList();
        }
    }

    private BattleView view(String id) {
        return battles.find(id).orElseThrow();
    }

    private List<LoggedEvent> logOf(String id) {
        List<LoggedEvent> entries = new ArrayList<>();
        rig.log.readAll(id, entries::add);
        return entries;
    }
}
