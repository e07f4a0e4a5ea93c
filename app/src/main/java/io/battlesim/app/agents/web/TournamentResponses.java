package io.battlesim.app.agents.web;

import io.battlesim.app.agents.TournamentSummary;
import io.battlesim.app.agents.TournamentView;
import io.battlesim.engine.agent.StrategyKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Bodies of the tournament API. */
final class TournamentResponses {

    static final String RATING_NOTE = "Glicko-2 ratings: every agent starts at 1500 ± 350; after each round its"
            + " rating moves by how much its results surprised, weighted by how sure both ratings were. The 95 %"
            + " interval is the rating ± 2 deviations.";

    private TournamentResponses() {}

    @Schema(description = "Battles played so far out of the tournament's total")
    record Progress(int done, int total, int percent) {}

    @Schema(
            description = "An agent of a tournament with its standing (null until the standings are stored: at the"
                    + " end, on a cancellation, on a graceful stop)")
    record Agent(
            String name,
            StrategyKind strategy,
            long budget,
            Map<String, Double> params,
            String agentKey,
            @Nullable Standing standing) {

        static Agent of(TournamentView.Entrant entrant) {
            TournamentView.Standing s = entrant.standing();
            return new Agent(
                    entrant.name(),
                    entrant.strategy(),
                    entrant.budget(),
                    entrant.params(),
                    entrant.agentKey(),
                    s == null
                            ? null
                            : new Standing(
                                    s.rank(),
                                    s.games(),
                                    s.wins(),
                                    s.losses(),
                                    s.ties(),
                                    s.rating(),
                                    s.deviation(),
                                    s.volatility(),
                                    s.winRate()));
        }
    }

    @Schema(description = "An agent's record and Glicko-2 rating in the tournament; rank 1 is the best rating")
    record Standing(
            int rank,
            int games,
            int wins,
            int losses,
            int ties,
            double rating,
            double deviation,
            double volatility,
            double winRate) {}

    @Schema(description = "A tournament: its settings, status, progress and agents (standings: best first)")
    record Tournament(
            long id,
            String name,
            String format,
            int rounds,
            int gamesPerPairing,
            int battleSeconds,
            String crowd,

            @Schema(description = "RECORDED crowds: how many recorded battles they were fitted from (once started)")
            @Nullable
            Integer crowdBattles,

            long seed,
            String status,
            Progress progress,
            Instant createdAt,
            @Nullable Instant startedAt,
            @Nullable Instant endedAt,
            List<Agent> agents,
            List<Agent> standings,
            String ratingNote) {

        static Tournament of(TournamentView view) {
            return new Tournament(
                    view.id(),
                    view.name(),
                    view.format().name(),
                    view.rounds(),
                    view.gamesPerPairing(),
                    view.battleSeconds(),
                    view.crowd().name(),
                    view.crowdBattles(),
                    view.seed(),
                    view.status().name(),
                    new Progress(view.gamesDone(), view.gamesTotal(), view.percent()),
                    view.createdAt(),
                    view.startedAt(),
                    view.endedAt(),
                    view.entrants().stream().map(Agent::of).toList(),
                    view.standings().stream().map(Agent::of).toList(),
                    RATING_NOTE);
        }
    }

    @Schema(description = "A line of the tournament list; leader is the best-rated agent once standings exist")
    record Item(
            long id,
            String name,
            String format,
            String status,
            int agents,
            Progress progress,
            Instant createdAt,
            @Nullable String leader) {

        static Item of(TournamentSummary summary) {
            return new Item(
                    summary.id(),
                    summary.name(),
                    summary.format().name(),
                    summary.status().name(),
                    summary.agents(),
                    new Progress(summary.gamesDone(), summary.gamesTotal(), summary.percent()),
                    summary.createdAt(),
                    summary.leader());
        }
    }
}
