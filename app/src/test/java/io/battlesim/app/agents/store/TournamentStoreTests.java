package io.battlesim.app.agents.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.agents.RatedAgent;
import io.battlesim.app.agents.TournamentCrowd;
import io.battlesim.app.agents.TournamentStatus;
import io.battlesim.app.agents.TournamentView;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.tournament.Pairing;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DuplicateKeyException;

/** The tournament tables (migration V18) against real databases: H2 always, PostgreSQL when it answers. */
class TournamentStoreTests {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends StoreContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgres extends StoreContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class StoreContract {

        private static final Instant NOW = Instant.parse("2026-12-04T10:00:00.123456Z");

        private final Optional<Database> database;

        StoreContract(Optional<Database> database) {
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

        private TournamentStore store() {
            return new TournamentStore(db().jdbc(), new AgentRatingStore(db().jdbc()));
        }

        @Test
        void storesATournamentAndReadsItBackWhole() {
            TournamentStore store = store();
            long owner = newUser();

            long id = store.insert(tournament(owner, "Ladder <b>", agent("k-steady", "Steady ⚡", Map.of())));

            TournamentView read = store.find(id).orElseThrow();
            assertThat(read.name()).isEqualTo("Ladder <b>");
            assertThat(read.ownerId()).isEqualTo(owner);
            assertThat(read.status()).isEqualTo(TournamentStatus.QUEUED);
            assertThat(read.format()).isEqualTo(Pairing.ROUND_ROBIN);
            assertThat(read.crowd()).isEqualTo(TournamentCrowd.TYPICAL);
            assertThat(read.seed()).isEqualTo(-42L);
            assertThat(read.gamesTotal()).isEqualTo(12);
            assertThat(read.createdAt()).isEqualTo(NOW);
            assertThat(read.entrants()).hasSize(2);
            assertThat(read.entrants().getFirst().name()).isEqualTo("Steady ⚡");
            assertThat(read.entrants().get(1).params())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("tapsPerSecond", 2.5, "minTaps", 3.0));
            assertThat(read.standings()).isEmpty();
            assertThat(store.list(10)).first().satisfies(line -> {
                assertThat(line.id()).isEqualTo(id);
                assertThat(line.agents()).isEqualTo(2);
                assertThat(line.leader()).isNull();
            });
        }

        @Test
        void letsAUserHaveOneTournamentQueuedOrRunningAtATime() { // GH-14
            TournamentStore store = store();
            long owner = newUser();
            long first = store.insert(tournament(owner, "First"));

            assertThatExceptionOfType(DuplicateKeyException.class)
                    .isThrownBy(() -> store.insert(tournament(owner, "Second")));
            assertThat(store.activeOf(owner)).hasValue(first);

            assertThat(store.cancel(first, NOW)).isTrue();
            assertThat(store.activeOf(owner)).isEmpty();
            long second = store.insert(tournament(owner, "Second"));
            assertThat(store.activeOf(owner)).hasValue(second);
            assertThat(store.insert(tournament(newUser(), "Someone else's"))).isPositive();
        }

        @Test
        void aCancelledTournamentIsNeverClaimedAndKeepsTheStandingsItsThreadStores() {
            TournamentStore store = store();
            long queued = store.insert(tournament(newUser(), "Queued"));
            long running = store.insert(tournament(newUser(), "Running"));
            assertThat(store.claim(running, "node-a", NOW)).isTrue();

            assertThat(store.cancel(queued, NOW)).isTrue();
            assertThat(store.cancel(running, NOW)).isTrue();

            assertThat(store.claim(queued, "node-a", NOW)).isFalse();
            assertThat(store.progress(running, 3))
                    .as("a cancelled tournament learns it here")
                    .isFalse();
            assertThat(store.cancel(running, NOW)).as("already over").isFalse();
            TournamentStatus ended =
                    store.end(running, TournamentStatus.FINISHED, 5, standings(1500, 1400), NOW.plusSeconds(9));
            assertThat(ended).isEqualTo(TournamentStatus.CANCELLED);
            TournamentView read = store.find(running).orElseThrow();
            assertThat(read.status()).isEqualTo(TournamentStatus.CANCELLED);
            assertThat(read.gamesDone()).isEqualTo(5);
            assertThat(read.endedAt()).isEqualTo(NOW);
            assertThat(read.standings())
                    .extracting(TournamentView.Entrant::name)
                    .containsExactly("Steady", "Sniper");
            assertThat(ratedKeys())
                    .as("a cancelled tournament rates nobody")
                    .doesNotContain(read.entrants().getFirst().agentKey());
        }

        @Test
        void aFinishedTournamentSetsItsAgentsRatingsAndTheNextOneReplacesThemAndAddsTheGames() {
            TournamentStore store = store();
            AgentRatingStore ratings = new AgentRatingStore(db().jdbc());
            String key = "k-" + UUID.randomUUID();
            long first = finished(store, key, standings(1700, 1300));
            long second = finished(store, key, standings(1600, 1400));

            RatedAgent agent = ratings.top(500).stream()
                    .filter(rated -> rated.agentKey().equals(key))
                    .findFirst()
                    .orElseThrow();
            assertThat(agent.rating()).isEqualTo(1600);
            assertThat(agent.deviation()).isEqualTo(40);
            assertThat(agent.tournaments()).isEqualTo(2);
            assertThat(agent.games()).isEqualTo(8);
            assertThat(agent.wins()).isEqualTo(6);
            assertThat(agent.winRate()).isEqualTo(0.75);
            assertThat(agent.lastTournamentId()).isEqualTo(second).isNotEqualTo(first);
            assertThat(store.find(second).orElseThrow().status()).isEqualTo(TournamentStatus.FINISHED);
            assertThat(store.list(1).getFirst().leader()).isEqualTo("Steady");
            assertThat(store.activeOf(store.find(second).orElseThrow().ownerId()))
                    .isEmpty();
        }

        @Test
        void whatWasRunningWhenTheAppStoppedIsInterruptedAtStartUp() {
            TournamentStore store = store();
            long running = store.insert(tournament(newUser(), "Running"));
            long queued = store.insert(tournament(newUser(), "Queued"));
            store.claim(running, "node-a", NOW);

            assertThat(store.interruptRunning(NOW)).isEqualTo(1);

            assertThat(store.find(running).orElseThrow().status()).isEqualTo(TournamentStatus.INTERRUPTED);
            assertThat(store.find(queued).orElseThrow().status()).isEqualTo(TournamentStatus.QUEUED);
            assertThat(store.queued()).contains(queued).doesNotContain(running);
        }

        @Test
        void deletingTheOwnerKeepsTheTournamentWithoutThem() {
            TournamentStore store = store();
            long owner = newUser();
            long id = store.insert(tournament(owner, "Orphan"));

            db().jdbc()
                    .sql("DELETE FROM app_user WHERE id = :id")
                    .param("id", owner)
                    .update();

            TournamentView read = store.find(id).orElseThrow();
            assertThat(read.ownerId()).isNull();
            assertThat(store.activeOf(owner)).isEmpty();
        }

        private long finished(TournamentStore store, String key, List<StandingRow> rows) {
            long id = store.insert(tournament(newUser(), "Finished", agent(key, "Steady", Map.of())));
            store.claim(id, "node-a", NOW);
            assertThat(store.end(id, TournamentStatus.FINISHED, 4, rows, NOW)).isEqualTo(TournamentStatus.FINISHED);
            return id;
        }

        private List<String> ratedKeys() {
            return db().jdbc()
                    .sql("SELECT agent_key FROM agent_rating")
                    .query(String.class)
                    .list();
        }

        private static List<StandingRow> standings(double first, double second) {
            return List.of(
                    new StandingRow(0, 1, 4, 3, 1, 0, first, 40, 0.06),
                    new StandingRow(1, 2, 4, 1, 3, 0, second, 40, 0.06));
        }

        private static NewTournament tournament(long owner, String name) {
            return tournament(owner, name, agent("k-steady-" + UUID.randomUUID(), "Steady", Map.of()));
        }

        private static NewTournament tournament(long owner, String name, NewTournament.Entrant first) {
            return new NewTournament(
                    name,
                    owner,
                    Pairing.ROUND_ROBIN,
                    3,
                    2,
                    60,
                    TournamentCrowd.TYPICAL,
                    -42L,
                    12,
                    NOW,
                    List.of(
                            first,
                            new NewTournament.Entrant(
                                    "k-sniper-" + UUID.randomUUID(),
                                    "Sniper",
                                    StrategyKind.SNIPER,
                                    5_000,
                                    Map.of("tapsPerSecond", 2.5, "minTaps", 3.0))));
        }

        private static NewTournament.Entrant agent(String key, String name, Map<String, Double> params) {
            return new NewTournament.Entrant(key, name, StrategyKind.STEADY, 10_000, params);
        }

        private long newUser() {
            return TestDatabases.insertUser(db().jdbc(), "open-" + UUID.randomUUID());
        }
    }
}
