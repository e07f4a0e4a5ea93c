package io.battlesim.engine.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.agent.StrategyKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tournaments played by the simulator itself: ratings find the stronger agents, and seeds make them repeatable. */
class SimulatedTournamentTests {

    private static final AgentSpec STEADY = AgentSpec.of("steady-10k", StrategyKind.STEADY, 10_000);
    private static final AgentSpec RICH = AgentSpec.of("steady-50k", StrategyKind.STEADY, 50_000);
    private static final AgentSpec PLANNER = AgentSpec.of("planner-10k", StrategyKind.PLANNER, 10_000);

    @Test
    void ranksRicherAndSmarterAgentsAboveTheSteadyGiverInFrontOfCrowds() {
        // Crowds make results uncertain, so every battle tells the ratings something; 40 battles per agent.
        TournamentPlan plan = TournamentPlan.roundRobin(List.of(STEADY, PLANNER, RICH), 10, 2, 11);

        Standings standings =
                new Tournament(plan, SimulatedMatches.withTypicalCrowds()).run(ProgressListener.NONE, () -> false);

        assertThat(standings.table()).extracting(Standings.Standing::agent).containsExactly(RICH, PLANNER, STEADY);
        Standings.Standing rich = standings.table().get(0);
        Standings.Standing steady = standings.table().get(2);
        assertThat(rich.lower()).as("%s%nabove%n%s", rich, steady).isGreaterThan(steady.upper());
        assertThat(standings.table()).allSatisfy(row -> assertThat(row.games()).isEqualTo(40));
    }

    @Test
    void letsTheRicherAgentWinEveryHeadToHeadWithoutCrowds() {
        Standings standings = new Tournament(
                        TournamentPlan.roundRobin(List.of(STEADY, RICH), 3, 2, 7), SimulatedMatches.headToHead())
                .run(ProgressListener.NONE, () -> false);

        assertThat(standings.of(RICH.id())).extracting(Standings.Standing::wins).isEqualTo(6);
        assertThat(standings.table().get(0).agent()).isEqualTo(RICH);
    }

    @Test
    void givesTheSameStandingsForTheSameSeed() {
        TournamentPlan plan = TournamentPlan.swiss(
                List.of(STEADY, RICH, PLANNER, AgentSpec.of("sniper", StrategyKind.SNIPER, 20_000)), 3, 2, 5);

        Standings once =
                new Tournament(plan, SimulatedMatches.withTypicalCrowds()).run(ProgressListener.NONE, () -> false);
        Standings again =
                new Tournament(plan, SimulatedMatches.withTypicalCrowds()).run(ProgressListener.NONE, () -> false);

        assertThat(again).isEqualTo(once);
        assertThat(once.gamesPlayed()).isEqualTo(12);
    }
}
