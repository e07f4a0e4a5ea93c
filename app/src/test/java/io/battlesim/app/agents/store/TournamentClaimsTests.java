package io.battlesim.app.agents.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.agents.TournamentCrowd;
import io.battlesim.app.agents.TournamentStatus;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.tournament.Pairing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tournaments on two nodes (two stores over one database, each on its own thread where they race): each queued
 * tournament is claimed by one node, which the row names; a node's start-up interrupts only its own runs and those of
 * nodes that went silent. H2 always, PostgreSQL when it answers.
 */
class TournamentClaimsTests {

    @Nested
    class OnH2 extends ClaimContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends ClaimContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class ClaimContract {

        private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

        private final Optional<Database> database;

        ClaimContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterEach
        void drop() {
            database.ifPresent(Database::close);
        }

        @Test
        void twoNodesTakingUpTheQueueAtOnceClaimEachTournamentOnce() throws Exception {
            Set<Long> queued = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                queued.add(store().insert(tournament("Queued " + i)));
            }

            List<Set<Long>> claimed = race(store(), "node-a", store(), "node-b");

            Set<Long> both = new HashSet<>(claimed.get(0));
            both.retainAll(claimed.get(1));
            assertThat(both).as("claimed by both nodes").isEmpty();
            Set<Long> all = new HashSet<>(claimed.get(0));
            all.addAll(claimed.get(1));
            assertThat(all).isEqualTo(queued);
            for (long id : claimed.get(0)) {
                assertThat(runnerOf(id)).isEqualTo("node-a");
            }
            for (long id : claimed.get(1)) {
                assertThat(runnerOf(id)).isEqualTo("node-b");
            }
        }

        @Test
        void aRestartedNodeInterruptsItsOwnRunsAndThoseOfSilentNodesOnly() {
            TournamentStore store = store();
            long own = store.insert(tournament("Own"));
            long live = store.insert(tournament("Live node's"));
            long silent = store.insert(tournament("Silent node's"));
            store.claim(own, "node-a", NOW.minusSeconds(300));
            store.claim(live, "node-b", NOW.minusSeconds(300));
            store.claim(silent, "node-c", NOW.minusSeconds(300));
            store.heartbeat("node-b", NOW.minusSeconds(10));

            assertThat(store.interruptRunningOn("node-a", NOW)).isOne();
            assertThat(store.interruptSilent(NOW.minus(Duration.ofSeconds(60)), NOW))
                    .isOne();

            assertThat(statusOf(own)).isEqualTo(TournamentStatus.INTERRUPTED);
            assertThat(statusOf(live)).isEqualTo(TournamentStatus.RUNNING);
            assertThat(statusOf(silent)).isEqualTo(TournamentStatus.INTERRUPTED);
            assertThat(store.activeOf(store.find(silent).orElseThrow().ownerId()))
                    .as("its owner may start another")
                    .isEmpty();
        }

        @Test
        void aHeartbeatCountsOnlyTheNodesRunningTournaments() {
            TournamentStore store = store();
            long running = store.insert(tournament("Running"));
            long other = store.insert(tournament("Other node's"));
            store.insert(tournament("Queued"));
            store.claim(running, "node-a", NOW);
            store.claim(other, "node-b", NOW);

            assertThat(store.heartbeat("node-a", NOW.plusSeconds(15))).isOne();
            assertThat(store.interruptSilent(NOW.plusSeconds(1), NOW.plusSeconds(16)))
                    .as("node-b's only")
                    .isOne();
            assertThat(statusOf(running)).isEqualTo(TournamentStatus.RUNNING);
        }

        /** Both nodes at the same moment, each on its own thread, claim every queued tournament; what each got. */
        private static List<Set<Long>> race(
                TournamentStore first, String firstNode, TournamentStore second, String secondNode) throws Exception {
            var start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<Set<Long>>> results = new ArrayList<>();
                for (var node : List.of(Map.entry(firstNode, first), Map.entry(secondNode, second))) {
                    results.add(threads.submit(() -> {
                        start.await();
                        Set<Long> claimed = new HashSet<>();
                        for (long id : node.getValue().queued()) {
                            if (node.getValue().claim(id, node.getKey(), NOW)) {
                                claimed.add(id);
                            }
                        }
                        return claimed;
                    }));
                }
                start.countDown();
                List<Set<Long>> claimed = new ArrayList<>();
                for (Future<Set<Long>> result : results) {
                    claimed.add(result.get(30, TimeUnit.SECONDS));
                }
                return claimed;
            } finally {
                threads.shutdownNow();
            }
        }

        private TournamentStore store() {
            return new TournamentStore(db().jdbc(), new AgentRatingStore(db().jdbc()));
        }

        private TournamentStatus statusOf(long id) {
            return store().find(id).orElseThrow().status();
        }

        private String runnerOf(long id) {
            return db().jdbc()
                    .sql("SELECT runner_node FROM tournament WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
        }

        private NewTournament tournament(String name) {
            long owner = TestDatabases.insertUser(db().jdbc(), "open-" + UUID.randomUUID());
            return new NewTournament(
                    name,
                    owner,
                    Pairing.ROUND_ROBIN,
                    1,
                    2,
                    60,
                    TournamentCrowd.NONE,
                    7L,
                    2,
                    NOW,
                    List.of(
                            new NewTournament.Entrant(
                                    "k-a-" + UUID.randomUUID(), "A", StrategyKind.STEADY, 10_000, Map.of()),
                            new NewTournament.Entrant(
                                    "k-b-" + UUID.randomUUID(), "B", StrategyKind.STEADY, 20_000, Map.of())));
        }

        private Database db() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return database.orElseThrow();
        }
    }
}
