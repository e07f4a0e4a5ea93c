package io.battlesim.engine.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.agent.StrategyKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TournamentTests {

    /** A stand-in for the simulator: the bigger budget wins in proportion, the luck fixed by the seed. */
    private static final MatchRunner BUDGET_DECIDES = (first, second, seed) -> {
        double firstChance = first.budget() / (double) (first.budget() + second.budget());
        double draw = new SplittableRandom(seed).nextDouble();
        return draw < firstChance ? MatchOutcome.FIRST_WON : MatchOutcome.SECOND_WON;
    };

    @Test
    void ranksAClearlyStrongerAgentAboveAWeakerOneWithSeparateIntervals() {
        List<AgentSpec> agents = List.of(agent("weak", 1_000), agent("middling", 3_000), agent("strong", 9_000));

        Standings standings = new Tournament(TournamentPlan.roundRobin(agents, 20, 2, 1), BUDGET_DECIDES)
                .run(ProgressListener.NONE, () -> false);

        assertThat(standings.table()).extracting(row -> row.agent().id()).containsExactly("strong", "middling", "weak");
        Standings.Standing strong = standings.of("strong");
        Standings.Standing weak = standings.of("weak");
        assertThat(strong).isNotNull();
        assertThat(weak).isNotNull();
        assertThat(strong.lower()).isGreaterThan(weak.upper());
        assertThat(standings.complete()).isTrue();
        assertThat(standings.gamesPlayed())
                .isEqualTo(standings.gamesScheduled())
                .isEqualTo(120);
    }

    @Test
    void playsEveryPairingFromBothSidesInARoundRobin() {
        List<AgentSpec> agents = agents(5);
        Map<String, Integer> firstSide = new HashMap<>();
        Map<String, Integer> meetings = new HashMap<>();
        MatchRunner counting = (first, second, seed) -> {
            firstSide.merge(first.id() + ">" + second.id(), 1, Integer::sum);
            meetings.merge(pairKey(first, second), 1, Integer::sum);
            return MatchOutcome.TIE;
        };

        Standings standings = new Tournament(TournamentPlan.roundRobin(agents, 2, 2, 9), counting)
                .run(ProgressListener.NONE, () -> false);

        assertThat(meetings)
                .hasSize(10)
                .allSatisfy((pair, count) -> assertThat(count).isEqualTo(4));
        assertThat(firstSide)
                .hasSize(20)
                .allSatisfy((pair, count) -> assertThat(count).isEqualTo(2));
        assertThat(standings.table()).allSatisfy(row -> {
            assertThat(row.games()).isEqualTo(16);
            assertThat(row.ties()).isEqualTo(16);
            assertThat(row.rating()).isEqualTo(1500.0);
        });
    }

    @Test
    void pairsSwissRoundsWithoutRematchesAndGivesByesToDifferentAgents() {
        List<AgentSpec> agents = agents(7);
        List<String> pairs = new ArrayList<>();
        MatchRunner recording = (first, second, seed) -> {
            pairs.add(pairKey(first, second));
            return BUDGET_DECIDES.play(first, second, seed);
        };

        Standings standings = new Tournament(TournamentPlan.swiss(agents, 5, 1, 3), recording)
                .run(ProgressListener.NONE, () -> false);

        assertThat(pairs).hasSize(15).doesNotHaveDuplicates();
        assertThat(standings.table()).allSatisfy(row -> assertThat(row.games()).isBetween(4, 5));
        assertThat(standings.table()).filteredOn(row -> row.games() == 4).hasSize(5);
    }

    @Test
    void stopsWhenCancelledWithTheStandingsSoFar() {
        int[] asked = {0};
        List<int[]> reports = new ArrayList<>();

        Standings standings = new Tournament(TournamentPlan.roundRobin(agents(4), 5, 2, 5), BUDGET_DECIDES)
                .run((done, total) -> reports.add(new int[] {done, total}), () -> ++asked[0] > 25);

        assertThat(standings.complete()).isFalse();
        assertThat(standings.gamesPlayed()).isEqualTo(25);
        assertThat(standings.gamesScheduled()).isEqualTo(60);
        assertThat(standings.table())
                .extracting(Standings.Standing::games)
                .asList()
                .isNotEmpty();
        assertThat(standings.table().stream()
                        .mapToInt(Standings.Standing::games)
                        .sum())
                .isEqualTo(50);
        assertThat(standings.table()).anySatisfy(row -> assertThat(row.rating()).isNotEqualTo(1500.0));
        assertThat(reports).hasSize(26);
        assertThat(reports.get(0)).containsExactly(0, 60);
        assertThat(reports.get(25)).containsExactly(25, 60);
    }

    @Test
    void givesTheSameStandingsForTheSameSeed() {
        TournamentPlan plan = TournamentPlan.swiss(agents(6), 4, 6, 77);

        Standings once = new Tournament(plan, BUDGET_DECIDES).run(ProgressListener.NONE, () -> false);
        Standings again = new Tournament(plan, BUDGET_DECIDES).run(ProgressListener.NONE, () -> false);
        Standings other = new Tournament(TournamentPlan.swiss(agents(6), 4, 6, 78), BUDGET_DECIDES)
                .run(ProgressListener.NONE, () -> false);

        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
    }

    private static List<AgentSpec> agents(int count) {
        List<AgentSpec> agents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            agents.add(agent("agent-" + i, 1_000L * (i + 1)));
        }
        return agents;
    }

    private static AgentSpec agent(String id, long budget) {
        return new AgentSpec(id, id, StrategyKind.STEADY, budget, Map.of());
    }

    private static String pairKey(AgentSpec a, AgentSpec b) {
        return a.id().compareTo(b.id()) < 0 ? a.id() + "-" + b.id() : b.id() + "-" + a.id();
    }
}
