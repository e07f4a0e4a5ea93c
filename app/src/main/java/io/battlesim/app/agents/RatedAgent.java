package io.battlesim.app.agents;

import io.battlesim.engine.agent.StrategyKind;
import org.jspecify.annotations.Nullable;

/**
 * An agent on the "top AI agents" board: its Glicko-2 rating from its latest finished tournament, and its record
 * over all the finished tournaments it played.
 *
 * @param rank 1 for the best rating
 * @param agentKey its identity: name, strategy, budget and tunables
 * @param name its name (user text: always escape it)
 * @param strategy its strategy
 * @param budget its coins per battle
 * @param rating its latest rating
 * @param deviation that rating's deviation (the 95 % interval is ± 2 deviations)
 * @param tournaments finished tournaments it played
 * @param games battles played in them
 * @param wins battles won
 * @param losses battles lost
 * @param ties battles tied
 * @param lastTournamentId the tournament its rating comes from (null if that tournament is gone)
 */
public record RatedAgent(
        int rank,
        String agentKey,
        String name,
        StrategyKind strategy,
        long budget,
        double rating,
        double deviation,
        int tournaments,
        long games,
        long wins,
        long losses,
        long ties,
        @Nullable Long lastTournamentId) {

    /** Share of its battles won, 0 without battles. */
    public double winRate() {
        return games == 0 ? 0 : (double) wins / games;
    }

    /** Two deviations: the half-width of the rating's 95 % interval. */
    public double margin() {
        return 2 * deviation;
    }
}
