package io.battlesim.app.leaderboard.totals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.battle.BattleTally;
import io.battlesim.app.battle.BattleTestRig;
import io.battlesim.app.battle.persistence.BattleJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The board totals written by two nodes at once (two {@link BoardTotals} over one database, each on its own thread):
 * every gift counts once, and a battle hidden on one node while the other adds up stays off the public boards. H2
 * always, PostgreSQL when it answers.
 */
class BoardTotalsTests {

    @Nested
    class OnH2 extends TotalsContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends TotalsContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class TotalsContract {

        private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
        private static final LocalDate DAY = LocalDate.parse("2026-12-04");
        /** Three batches and some, so both nodes' rounds overlap. */
        private static final int GIFTS = 3 * BoardTotals.DRAIN_BATCH + 7;

        private final Optional<Database> database;
        private final BattleJson json = new BattleJson();
        private BattleTestRig rig;

        TotalsContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterEach
        void drop() {
            if (rig != null) {
                rig.stop();
            }
            database.ifPresent(Database::close);
        }

        @Test
        void twoNodesAddingUpAtOnceCountEveryGiftOnce() throws Exception {
            Database db = db();
            long coins = storeGifts(db, "battle-a", GIFTS);
            BoardTotals nodeA = node(db);
            BoardTotals nodeB = node(db);

            race(nodeA::drainAll, nodeB::drainAll);

            assertThat(waitingTallies(db)).isZero();
            assertThat(creatorCoinsOfAllTime(db)).isEqualTo(coins);
            assertThat(battleBoardCoins(db, "battle-a")).isEqualTo(coins);
        }

        @Test
        void aBattleHiddenOnOneNodeWhileAnotherAddsUpStaysOffThePublicBoards() throws Exception {
            Database db = db();
            long hiddenCoins = storeGifts(db, "battle-hidden", GIFTS);
            long shownCoins = storeGifts(db, "battle-shown", GIFTS);
            BoardTotals nodeA = node(db);
            BoardTotals nodeB = node(db);

            race(nodeA::drainAll, () -> nodeB.hide("battle-hidden"));
            nodeA.drainAll();

            assertThat(waitingTallies(db)).isZero();
            assertThat(creatorCoinsOfAllTime(db)).isEqualTo(shownCoins);
            assertThat(battleBoardCoins(db, "battle-hidden"))
                    .as("the battle's own board keeps everything")
                    .isEqualTo(hiddenCoins);
            assertThat(battleBoardCoins(db, "battle-shown")).isEqualTo(shownCoins);
        }

        private BoardTotals node(Database db) {
            return new BoardTotals(rig.tallies(), db.dataSource());
        }

        /** Runs both at the same moment, each on its own thread, and waits for both. */
        private static void race(Runnable first, Runnable second) throws Exception {
            var start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = List.of(
                        threads.submit(() -> {
                            start.await();
                            first.run();
                            return null;
                        }),
                        threads.submit(() -> {
                            start.await();
                            second.run();
                            return null;
                        }));
                start.countDown();
                for (Future<?> each : done) {
                    each.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
        }

        /** A battle whose gifts wait as one tally each, from a different gifter each; returns their coins. */
        private long storeGifts(Database db, String battleId, int count) {
            db.jdbc()
                    .sql("INSERT INTO battle (id, title, status, source, setup, overlay_token, ingest_key_hash,"
                            + " created_at) VALUES (:id, 'Totals', 'ENDED', 'SIMULATED', '{}', :id, 'hash', :now)")
                    .param("id", battleId)
                    .param("now", OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC))
                    .update();
            long coins = 0;
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                var line = new BattleTally.GiftLine("ava", battleId + "-g" + i, "gifter" + i, "Gifter", 1 + i % 10, 1);
                String payload = json.writeTally(new BattleTally.Gifts(battleId, DAY, List.of(line)));
                rows.add(new Object[] {battleId, payload, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC)});
                coins += line.coins();
            }
            new JdbcTemplate(db.dataSource())
                    .batchUpdate("INSERT INTO battle_tally (battle_id, payload, created_at) VALUES (?, ?, ?)", rows);
            return coins;
        }

        private static long waitingTallies(Database db) {
            return db.jdbc()
                    .sql("SELECT COUNT(*) FROM battle_tally")
                    .query(Long.class)
                    .single();
        }

        /** The creator's coins on the public all-time board. */
        private static long creatorCoinsOfAllTime(Database db) {
            return db.jdbc()
                    .sql("SELECT COALESCE(SUM(coins), 0) FROM board_creator WHERE period = 'A' AND creator = 'ava'")
                    .query(Long.class)
                    .single();
        }

        private static long battleBoardCoins(Database db, String battleId) {
            return db.jdbc()
                    .sql("SELECT COALESCE(SUM(coins), 0) FROM board_battle_total WHERE battle_id = :id")
                    .param("id", battleId)
                    .query(Long.class)
                    .single();
        }

        private Database db() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            Database db = database.orElseThrow();
            if (rig == null) {
                rig = BattleTestRig.on(db, new TestClock(NOW));
                if (db.name().equals("H2")) {
                    // a hide waits for the other node's whole round; H2 gives up waiting for a lock after 2 s (a
                    // cluster runs on PostgreSQL, which waits)
                    db.jdbc().sql("SET DEFAULT_LOCK_TIMEOUT 60000").update();
                }
            }
            return db;
        }
    }
}
