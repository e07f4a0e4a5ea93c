package io.battlesim.app.agents;

import io.battlesim.app.agents.store.StandingRow;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.sim.CrowdModel;
import io.battlesim.engine.sim.SimulationSetup;
import io.battlesim.engine.tournament.SimulatedMatches;
import io.battlesim.engine.tournament.Standings;
import io.battlesim.engine.tournament.TournamentPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stored tournament as the engine plays it: its plan (agents {@code a1}, {@code a2}, … in entry order), battles
 * between two hosts of the stored length in front of the stored crowds, and the engine's table back as rows.
 */
final class SimulatedTournament {

    private SimulatedTournament() {}

    static TournamentPlan planOf(TournamentView tournament) {
        List<AgentSpec> agents = tournament.entrants().stream()
                .map(entrant -> new AgentSpec(
                        "a" + (entrant.entry() + 1),
                        entrant.name(),
                        entrant.strategy(),
                        entrant.budget(),
                        entrant.params()))
                .toList();
        return new TournamentPlan(
                agents, tournament.format(), tournament.rounds(), tournament.gamesPerPairing(), tournament.seed());
    }

    /**
     * The tournament's battles; {@code recorded} is the audience of recorded battles, used on both sides when the
     * tournament's crowd is {@link TournamentCrowd#RECORDED}.
     */
    static SimulatedMatches matchesOf(TournamentView tournament, CrowdModel recorded) {
        BattleConfig duel = BattleConfig.builder("tournament-" + tournament.id())
                .side(SideConfig.host("A", "First", "room-a", "host-a"))
                .side(SideConfig.host("B", "Second", "room-b", "host-b"))
                .duration(Duration.ofSeconds(tournament.battleSeconds()))
                .build();
        Map<Integer, CrowdModel> crowds = switch (tournament.crowd()) {
            case NONE -> Map.of();
            case TYPICAL -> Map.of(0, CrowdModel.typical(), 1, CrowdModel.typical());
            case RECORDED -> Map.of(0, recorded, 1, recorded);
        };
        return new SimulatedMatches(duel, crowds, SimulationSetup.DEFAULT_STEP);
    }

    /** The engine's table, best rating first, as rows by entry ({@code a3} is entry 2). */
    static List<StandingRow> rows(Standings standings) {
        List<StandingRow> rows = new ArrayList<>();
        for (int i = 0; i < standings.table().size(); i++) {
            Standings.Standing row = standings.table().get(i);
            rows.add(new StandingRow(
                    Integer.parseInt(row.agent().id().substring(1)) - 1,
                    i + 1,
                    row.games(),
                    row.wins(),
                    row.losses(),
                    row.ties(),
                    row.rating(),
                    row.deviation(),
                    row.volatility()));
        }
        return rows;
    }
}
