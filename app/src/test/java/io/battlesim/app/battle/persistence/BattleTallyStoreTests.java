package io.battlesim.app.battle.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.battle.BattleTally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Draining tallies on two nodes at once (two stores over one database, each on its own thread): every tally is
 * applied exactly once. H2 always, PostgreSQL when it answers.
 */
class BattleTallyStoreTests {

    @Nested
    class OnH2 extends DrainContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends DrainContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class DrainContract {

        private static final int BATCH = 50;
        private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

        private final Optional<Database> database;
        private final BattleJson json = new BattleJson();

        DrainContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterEach
        void drop() {
            database.ifPresent(Database::close);
        }

        @Test
        void twoNodesDrainingAtOnceApplyEveryTallyOnce() throws Exception {
            Database db = db();
            storeTallies(db, "battle-1", 2 * BATCH);
            var nodeA = new BattleTallyStore(db.dataSource(), json);
            var nodeB = new BattleTallyStore(db.dataSource(), json);
            // both first batches are applied inside open transactions at the same moment: without row claims both
            // nodes would read the same oldest rows
            var bothInside = new CyclicBarrier(2);
            var start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<List<String>> a = threads.submit(() -> drainAll(nodeA, start, bothInside));
                Future<List<String>> b = threads.submit(() -> drainAll(nodeB, start, bothInside));
                start.countDown();

                List<String> applied = new ArrayList<>(a.get(30, TimeUnit.SECONDS));
                applied.addAll(b.get(30, TimeUnit.SECONDS));

                assertThat(applied).hasSize(2 * BATCH).doesNotHaveDuplicates();
                assertThat(a.get()).isNotEmpty();
                assertThat(b.get()).isNotEmpty();
                assertThat(remaining(db)).isZero();
            } finally {
                threads.shutdownNow();
            }
        }

        @Test
        void aFailedApplierLeavesItsTalliesToTheNextDrain() {
            Database db = db();
            storeTallies(db, "battle-2", 3);
            var store = new BattleTallyStore(db.dataSource(), json);

            assertThatExceptionOfType(IllegalStateException.class)
                    .isThrownBy(() -> store.drain(0, BATCH, "", tallies -> {
                        throw new IllegalStateException("the totals are down");
                    }));
            List<String> applied = new ArrayList<>();
            store.drain(0, BATCH, "battle-2", tallies -> applied.addAll(gifters(tallies)));

            assertThat(applied).containsExactly("g0", "g1", "g2");
            assertThat(remaining(db)).isZero();
        }

        /** Drains until nothing is left for this node; the first batch waits for the other node's first batch. */
        private static List<String> drainAll(BattleTallyStore node, CountDownLatch start, CyclicBarrier bothInside)
                throws InterruptedException {
            start.await();
            List<String> applied = new ArrayList<>();
            var first = new AtomicBoolean(true);
            long after = 0;
            int count;
            do {
                var taken = node.drain(after, BATCH, "", tallies -> {
                    applied.addAll(gifters(tallies));
                    if (first.getAndSet(false)) {
                        awaitOther(bothInside);
                    }
                });
                after = taken.lastId();
                count = taken.count();
            } while (count > 0);
            return applied;
        }

        private static void awaitOther(CyclicBarrier barrier) {
            try {
                barrier.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other node never applied a batch at the same time", e);
            }
        }

        private static List<String> gifters(List<BattleTally> tallies) {
            return tallies.stream()
                    .map(tally -> ((BattleTally.Gifts) tally).lines().getFirst().gifterId())
                    .toList();
        }

        private void storeTallies(Database db, String battleId, int count) {
            db.jdbc()
                    .sql("INSERT INTO battle (id, title, status, source, setup, overlay_token, ingest_key_hash,"
                            + " created_at) VALUES (:id, 'Tallies', 'ENDED', 'SIMULATED', '{}', :id, 'hash', :now)")
                    .param("id", battleId)
                    .param("now", OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC))
                    .update();
            for (int i = 0; i < count; i++) {
                var tally = new BattleTally.Gifts(
                        battleId,
                        LocalDate.parse("2026-12-04"),
                        List.of(new BattleTally.GiftLine("ava", "g" + i, "gifter" + i, "Gifter " + i, 1 + i, 1)));
                BattleTallyRows.insert(db.jdbc(), battleId, json.writeTally(tally), NOW);
            }
        }

        private static long remaining(Database db) {
            return db.jdbc()
                    .sql("SELECT COUNT(*) FROM battle_tally")
                    .query(Long.class)
                    .single();
        }

        private Database db() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return database.orElseThrow();
        }
    }
}
