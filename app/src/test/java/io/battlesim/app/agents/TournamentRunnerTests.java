package io.battlesim.app.agents;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The tournament thread against a real database: at start-up what was RUNNING (the app died) becomes INTERRUPTED and
 * the queue is played; a graceful stop ends the running tournament INTERRUPTED with its standings so far. // GH-14
 */
class TournamentRunnerTests {

    private final Database database = TestDatabases.h2();
    private final TournamentStore store = new TournamentStore(database.jdbc(), new AgentRatingStore(database.jdbc()));
    private final TournamentRunner runner = new TournamentRunner(
            store,
            new AgentSettings(1, 10, 100_000, Duration.ofMillis(20)),
            new RecordedCrowds(
                    new BattleRepository(database.dataSource(), new BattleJson()),
                    new JdbcBattleEventLog(database.dataSource(), new BattleJson())),
            "",
            "",
            new StaticListableBeanFactory().getBeanProvider(Clock.class));

    @AfterEach
    void stop() {
        runner.stop();
        database.close();
    }

    @Test
    void marksWhatWasRunningInterruptedAndPlaysTheQueueAtStartUp() {
        long died = store.insert(tournament("Died with the app", 2, 60));
        store.claim(died, "node-before-the-restart", Instant.now());
        long queued = store.insert(tournament("Queued", 2, 60));

        runner.start();

        assertThat(store.find(died).orElseThrow().status()).isEqualTo(TournamentStatus.INTERRUPTED);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> store.find(queued).orElseThrow().status() == TournamentStatus.FINISHED);
        TournamentView finished = store.find(queued).orElseThrow();
        assertThat(finished.gamesDone()).isEqualTo(finished.gamesTotal()).isEqualTo(2);
        assertThat(finished.standings()).hasSize(2);
        assertThat(finished.standings().getFirst().name())
                .as("five times the budget wins")
                .isEqualTo("Big");
    }

    @Test
    void aGracefulStopEndsTheRunningTournamentInterruptedWithItsStandingsSoFar() {
        runner.start();
        long id = store.insert(tournament("Marathon", 400, 600));
        runner.submit(id);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> store.find(id).orElseThrow().gamesDone() >= 2);

        runner.stop();

        TournamentView stopped = store.find(id).orElseThrow();
        assertThat(stopped.status()).isEqualTo(TournamentStatus.INTERRUPTED);
        assertThat(stopped.gamesDone()).isBetween(2, stopped.gamesTotal() - 1);
        assertThat(stopped.standings()).hasSize(2);
        assertThat(stopped.standings().stream()
                        .mapToInt(entrant -> entrant.standing().games())
                        .sum())
                .isEqualTo(2 * stopped.gamesDone());
        assertThat(database.jdbc()
                        .sql("SELECT COUNT(*) FROM agent_rating")
                        .query(Long.class)
                        .single())
                .as("an interrupted tournament rates nobody")
                .isZero();
    }

    /** Big (a steady giver with five times the budget) against Small, in one round of this many battles. */
    private NewTournament tournament(String name, int battles, int battleSeconds) {
        long owner = TestDatabases.insertUser(database.jdbc(), "open-" + UUID.randomUUID());
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
                        new NewTournament.Entrant("k-big-" + name, "Big", StrategyKind.STEADY, 50_000, Map.of()),
                        new NewTournament.Entrant("k-small-" + name, "Small", StrategyKind.STEADY, 10_000, Map.of())));
    }
}
