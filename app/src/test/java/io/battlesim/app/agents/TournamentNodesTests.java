package io.battlesim.app.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.agents.store.AgentRatingStore;
import io.battlesim.app.agents.store.NewTournament;
import io.battlesim.app.agents.store.TournamentStore;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.app.battle.RecordedCrowds;
import io.battlesim.app.battle.persistence.BattleJson;
import io.battlesim.app.battle.persistence.BattleRepository;
import io.battlesim.app.battle.persistence.JdbcBattleEventLog;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.tournament.Pairing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Two nodes of a cluster playing tournaments from one database (two runners, started on two threads at once): a node
 * starting up leaves the tournament another live node plays alone, interrupts those of a node that went silent, and
 * every queued tournament is played once, by one node. H2 always, PostgreSQL when it answers.
 */
class TournamentNodesTests {

    @Nested
    class OnH2 extends NodesContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends NodesContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class NodesContract {

        private final Optional<Database> database;
        private final List<TournamentRunner> runners = new ArrayList<>();

        NodesContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterEach
        void stop() {
            runners.forEach(TournamentRunner::stop);
            database.ifPresent(Database::close);
        }

        @Test
        void aNodeStartingUpLeavesTheTournamentAnotherNodePlaysAlone() throws Exception {
            TournamentRunner a = runner("node-a");
            TournamentRunner b = runner("node-b");
            a.start();
            long id = store().insert(tournament("Marathon", 400, 600));
            a.submit(id);
            await().atMost(Duration.ofSeconds(30)).until(() -> view(id).gamesDone() >= 2);

            race(b::start, a::beat);
            b.beat();

            assertThat(view(id).status()).isEqualTo(TournamentStatus.RUNNING);
            a.stop();
            assertThat(view(id).status()).as("its own node's graceful stop").isEqualTo(TournamentStatus.INTERRUPTED);
        }

        @Test
        void aTournamentWhoseNodeWentSilentIsInterruptedByAnotherNode() {
            long id = store().insert(tournament("Orphan", 2, 60));
            store().claim(id, "node-that-died", Instant.now().minus(TournamentRunner.SILENCE.plusSeconds(1)));

            runner("node-b").start();

            assertThat(view(id).status()).isEqualTo(TournamentStatus.INTERRUPTED);
        }

        @Test
        void twoNodesStartingAtOnceEachPlayEveryQueuedTournamentOnce() throws Exception {
            List<Long> queued = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                queued.add(store().insert(tournament("Queued " + i, 2, 60)));
            }
            TournamentRunner a = runner("node-a");
            TournamentRunner b = runner("node-b");

            race(a::start, b::start);

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> queued.stream().allMatch(id -> view(id).status() == TournamentStatus.FINISHED));
            for (long id : queued) {
                TournamentView finished = view(id);
                assertThat(finished.gamesDone()).isEqualTo(finished.gamesTotal());
                assertThat(finished.standings().stream()
                                .mapToInt(entrant -> entrant.standing().games())
                                .sum())
                        .isEqualTo(2 * finished.gamesDone());
                assertThat(runnerOf(id)).isIn("node-a", "node-b");
            }
            assertThat(db().jdbc()
                            .sql("SELECT MAX(tournaments) FROM agent_rating")
                            .query(Integer.class)
                            .single())
                    .as("each agent rated for its one tournament, once")
                    .isOne();
        }

        private TournamentRunner runner(String node) {
            Database db = db();
            var runner = new TournamentRunner(
                    store(),
                    new AgentSettings(1, 10, 100_000, Duration.ofMillis(20)),
                    new RecordedCrowds(
                            new BattleRepository(db.dataSource(), new BattleJson()),
                            new JdbcBattleEventLog(db.dataSource(), new BattleJson())),
                    node,
                    "redis://127.0.0.1:6379/0",
                    new StaticListableBeanFactory().getBeanProvider(Clock.class));
            runners.add(runner);
            return runner;
        }

        /** Runs both at the same moment, each on its own thread, and waits for both. */
        private static void race(Runnable first, Runnable second) throws Exception {
            var start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (Runnable each : List.of(first, second)) {
                    done.add(threads.submit(() -> {
                        start.await();
                        each.run();
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> each : done) {
                    each.get(30, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
        }

        private TournamentStore store() {
            return new TournamentStore(db().jdbc(), new AgentRatingStore(db().jdbc()));
        }

        private TournamentView view(long id) {
            return store().find(id).orElseThrow();
        }

        private String runnerOf(long id) {
            return db().jdbc()
                    .sql("SELECT runner_node FROM tournament WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
        }

        /** Big (five times the budget) against Small, in one round of this many battles. */
        private NewTournament tournament(String name, int battles, int battleSeconds) {
            long owner = TestDatabases.insertUser(db().jdbc(), "open-" + UUID.randomUUID());
            return new NewTournament(
                    name,
                    owner,
                    Pairing.ROUND_ROBIN,
                    1,
                    battles,
                    battleSeconds,
                    TournamentCrowd.NONE,
                    11L,
                    battles,
                    Instant.now(),
                    List.of(
                            new NewTournament.Entrant(
                                    "k-big-" + UUID.randomUUID(), "Big", StrategyKind.STEADY, 50_000, Map.of()),
                            new NewTournament.Entrant(
                                    "k-small-" + UUID.randomUUID(), "Small", StrategyKind.STEADY, 10_000, Map.of())));
        }

        private Database db() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            return database.orElseThrow();
        }
    }
}
