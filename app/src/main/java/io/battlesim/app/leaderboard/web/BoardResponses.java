package io.battlesim.app.leaderboard.web;

import io.battlesim.app.agents.RatedAgent;
import io.battlesim.app.leaderboard.CreatorEntry;
import io.battlesim.app.leaderboard.GifterEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Bodies of the leaderboard API. */
final class BoardResponses {

    private BoardResponses() {}

    @Schema(
            description =
                    "A page of a gifter board: the platform's, or one creator's when creator is set. Windows are"
                            + " UTC: today, this week (from Monday), this month, all time. Gifters with equal coins share a rank.")
    record GifterBoard(
            String window,
            LocalDate periodStart,
            @Nullable String creator,
            int limit,
            long offset,
            List<GifterEntry> entries) {}

    @Schema(
            description = "The creators board of a window, in the chosen order (win rate only counts creators with"
                    + " at least minBattles finished battles in the window).")
    record CreatorBoard(
            String window, LocalDate periodStart, String order, int minBattles, List<CreatorEntry> entries) {}

    @Schema(description = "A battle's own board: its gifters, most coins first (boosters not counted).")
    record BattleBoard(String battleId, boolean onPublicBoards, List<GifterEntry> entries) {}

    @Schema(
            description = "The AI agents board: agents ranked by the Glicko-2 rating of their latest finished"
                    + " tournament, with their games and win rate over all their finished tournaments. Empty until a"
                    + " tournament finishes.")
    record AgentBoard(List<AgentEntry> entries, String note) {}

    @Schema(
            description = "An agent on the board: rating ± 2 deviations is its 95 % interval; winRate is wins over"
                    + " games; lastTournamentId is the tournament its rating comes from")
    record AgentEntry(
            int rank,
            String name,
            String strategy,
            long budget,
            double rating,
            double deviation,
            int tournaments,
            long games,
            long wins,
            long losses,
            long ties,
            double winRate,
            @Nullable Long lastTournamentId) {

        static AgentEntry of(RatedAgent agent) {
            return new AgentEntry(
                    agent.rank(),
                    agent.name(),
                    agent.strategy().name(),
                    agent.budget(),
                    agent.rating(),
                    agent.deviation(),
                    agent.tournaments(),
                    agent.games(),
                    agent.wins(),
                    agent.losses(),
                    agent.ties(),
                    agent.winRate(),
                    agent.lastTournamentId());
        }
    }

    @Schema(description = "Whether a battle's gifts and result count on the public boards.")
    record Visibility(boolean visible) {}
}
