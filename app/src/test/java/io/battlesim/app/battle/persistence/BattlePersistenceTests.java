package io.battlesim.app.battle.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleSummary;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideResult;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataAccessException;

/** The battle tables against real databases: H2 always, PostgreSQL when it answers. */
class BattlePersistenceTests {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends PersistenceContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgres extends PersistenceContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class PersistenceContract {

        private static final Instant CREATED = Instant.parse("2026-06-01T10:00:00.123456Z");
        private static final Sender MIA = new Sender("7001", "mia", "Mia");

        private final Optional<Database> database;
        private final BattleJson json = new BattleJson();

        PersistenceContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterAll
        void dropDatabase() {
            database.ifPresent(Database::close);
        }

        private Database db() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return database.orElseThrow();
        }

        private BattleRepository battles() {
            return new BattleRepository(db().dataSource(), json);
        }

        private JdbcBattleEventLog log() {
            return new JdbcBattleEventLog(db().dataSource(), json);
        }

        private BattleRow newBattle(BattleStatus status, Long owner) {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            var setup = new BattleSetup(
                    "Ava vs Leo " + id,
                    List.of(
                            new SideSetup("Ava", List.of(RoomBinding.host("ava", "r1", "u1"))),
                            new SideSetup("Leo", List.of(RoomBinding.host("leo", "r2", "u2")))),
                    BattleRules.defaults().withDuration(Duration.ofSeconds(60)),
                    SourceKind.INGEST,
                    owner);
            var row = new BattleRow(id, status, setup, "tok-" + id, "ab".repeat(32), CREATED, null, null, 0);
            battles().insert(row);
            return row;
        }

        @Test
        void storesAndReadsABattleRow() {
            BattleRow row = newBattle(BattleStatus.SCHEDULED, null);

            assertThat(battles().find(row.id())).contains(row);
            assertThat(battles().findByOverlayToken(row.overlayToken())).contains(row);
            assertThat(battles().find("nobattle")).isEmpty();
            assertThat(battles().findByStatus(BattleStatus.SCHEDULED, 100)).contains(row);
        }

        @Test
        void startsAScheduledBattleOnlyOnce() {
            BattleRow row = newBattle(BattleStatus.SCHEDULED, null);
            Instant started = CREATED.plusSeconds(5);

            assertThat(battles().markLive(row.id(), started)).isTrue();
            assertThat(battles().markLive(row.id(), started.plusSeconds(1))).isFalse();
            BattleRow live = battles().find(row.id()).orElseThrow();
            assertThat(live.status()).isEqualTo(BattleStatus.LIVE);
            assertThat(live.startedAt()).isEqualTo(started);
            assertThat(battles().liveIds()).contains(row.id());
        }

        @Test
        void raisesTheSequenceHighWaterMarkOnly() {
            BattleRow row = newBattle(BattleStatus.LIVE, null);

            battles().reserveSequences(row.id(), 2000);
            battles().reserveSequences(row.id(), 1000);

            assertThat(battles().find(row.id()).orElseThrow().lastSequence()).isEqualTo(2000);
        }

        @Test
        void appendsAndReadsTheLogInOrder() {
            BattleRow row = newBattle(BattleStatus.LIVE, null);
            Instant at = CREATED.plusSeconds(1);
            List<LoggedEvent> first = List.of(
                    new LoggedEvent(1, new Start(1_000), at),
                    new LoggedEvent(2, gift("g1", 1, false), at),
                    new LoggedEvent(3, gift("g1b", 2, true), at));
            List<LoggedEvent> second = new ArrayList<>();
            for (long seq = 4; seq <= 1_203; seq++) {
                second.add(new LoggedEvent(seq, new Tick(1_000 + seq), at.plusMillis(seq)));
            }

            log().appendBatch(row.id(), first);
            log().appendBatch(row.id(), second);
            List<LoggedEvent> read = new ArrayList<>();
            log().readAll(row.id(), read::add);

            assertThat(read).hasSize(1_203);
            assertThat(read.subList(0, 3)).isEqualTo(first);
            assertThat(read).extracting(LoggedEvent::seq).isSorted().doesNotHaveDuplicates();
            assertThat(read.getLast()).isEqualTo(second.getLast());
            assertThat(log().lastSeq(row.id())).isEqualTo(1_203);
            assertThat(log().lastSeq("nobattle")).isZero();
        }

        @Test
        void appendsABatchAllOrNothing() {
            BattleRow row = newBattle(BattleStatus.LIVE, null);
            Instant at = CREATED;
            log().appendBatch(row.id(), List.of(new LoggedEvent(1, new Start(0), at)));

            assertThatExceptionOfType(DataAccessException.class)
                    .isThrownBy(() -> log().appendBatch(
                                    row.id(),
                                    List.of(
                                            new LoggedEvent(2, gift("a", 1, true), at),
                                            new LoggedEvent(1, gift("b", 1, true), at))));

            List<LoggedEvent> read = new ArrayList<>();
            log().readAll(row.id(), read::add);
            assertThat(read).extracting(LoggedEvent::seq).containsExactly(1L);
        }

        @Test
        void savesTheResultAndListsItInTheHistory() {
            BattleRow row = newBattle(BattleStatus.LIVE, null);
            Battle battle = Battle.replay(
                    BattleConfig.builder(row.id())
                            .side(SideConfig.host("s1", "Ava", "r1", "u1"))
                            .side(SideConfig.host("s2", "Leo", "r2", "u2"))
                            .duration(Duration.ofSeconds(60))
                            .build(),
                    List.of(new Start(0), gift("g", 1, true), new Tick(60_000)));
            var summary = new BattleSummary(
                    row.id(),
                    row.title(),
                    Instant.EPOCH,
                    Instant.EPOCH.plusSeconds(60),
                    60,
                    List.of(
                            new SideResult(
                                    "s1",
                                    "Ava",
                                    199,
                                    battle.snapshot().sides().get(0).topGifters()),
                            new SideResult("s2", "Leo", 0, List.of())),
                    "Ava",
                    false);
            var result = new BattleResultRow(
                    row.id(), "s1", false, Map.of("s1", 199L, "s2", 0L), battle.statistics(), summary);

            battles()
                    .finish(
                            result,
                            Instant.EPOCH.plusSeconds(60),
                            new io.battlesim.app.battle.BattleTally.Outcome(
                                    row.id(), java.time.LocalDate.EPOCH, List.of()));

            BattleRow ended = battles().find(row.id()).orElseThrow();
            assertThat(ended.status()).isEqualTo(BattleStatus.ENDED);
            assertThat(ended.endedAt()).isEqualTo(Instant.EPOCH.plusSeconds(60));
            assertThat(battles().findResult(row.id())).contains(result);
            assertThat(battles().history(500)).contains(summary);
            assertThat(battles().liveIds()).doesNotContain(row.id());
        }

        @Test
        void forgetsTheOwnerWhenTheUserIsDeleted() {
            long owner = TestDatabases.insertUser(db().jdbc(), "open-" + UUID.randomUUID());
            BattleRow row = newBattle(BattleStatus.SCHEDULED, owner);
            assertThat(battles().find(row.id()).orElseThrow().setup().ownerUserId())
                    .isEqualTo(owner);

            db().jdbc()
                    .sql("DELETE FROM app_user WHERE id = :id")
                    .param("id", owner)
                    .update();

            BattleRow kept = battles().find(row.id()).orElseThrow();
            assertThat(kept.setup().ownerUserId()).isNull();
            assertThat(kept.setup().title()).isEqualTo(row.title());
            assertThat(battles().detachOwner(owner)).isZero();
        }

        @Test
        void detachesTheOwnerOnRequest() {
            long owner = TestDatabases.insertUser(db().jdbc(), "open-" + UUID.randomUUID());
            BattleRow row = newBattle(BattleStatus.LIVE, owner);

            assertThat(battles().detachOwner(owner)).isEqualTo(1);
            assertThat(battles().find(row.id()).orElseThrow().setup().ownerUserId())
                    .isNull();
        }

        private static GiftReceived gift(String id, int count, boolean end) {
            return new GiftReceived(id, "r1", MIA, null, new Gift(8843, "Sunglasses", 1, 199), count, end, "g", 1_000);
        }
    }
}
