package io.battlesim.app.agents.store;

import io.battlesim.app.agents.RatedAgent;
import io.battlesim.app.agents.TournamentView;
import io.battlesim.engine.agent.StrategyKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code agent_rating} table: per agent key, the Glicko-2 rating of its latest finished tournament and its
 * record summed over all its finished tournaments.
 */
@Repository
public class AgentRatingStore {

    private final JdbcClient jdbc;

    public AgentRatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a finished tournament's standings: each agent's rating becomes this tournament's, its games, wins,
     * losses and ties grow by this tournament's. Runs in the caller's transaction.
     */
    public void record(long tournamentId, List<TournamentView.Entrant> entrants, Instant now) {
        for (TournamentView.Entrant entrant : entrants) {
            TournamentView.Standing standing = entrant.standing();
            if (standing == null) {
                continue;
            }
            int updated = jdbc.sql("UPDATE agent_rating SET rating = :rating, deviation = :deviation, volatility ="
                            + " :volatility, tournaments = tournaments + 1, games = games + :games, wins = wins +"
                            + " :wins, losses = losses + :losses, ties = ties + :ties, last_tournament_id ="
                            + " :tournament, updated_at = :now WHERE agent_key = :key")
                    .params(values(tournamentId, entrant, standing, now))
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO agent_rating (agent_key, name, strategy, budget, params, rating, deviation,"
                                + " volatility, tournaments, games, wins, losses, ties, last_tournament_id,"
                                + " updated_at) VALUES (:key, :name, :strategy, :budget, :params, :rating,"
                                + " :deviation, :volatility, 1, :games, :wins, :losses, :ties, :tournament, :now)")
                        .params(values(tournamentId, entrant, standing, now))
                        .update();
            }
        }
    }

    /** The best-rated agents: highest rating first, then the surer rating, then the key. */
    public List<RatedAgent> top(int limit) {
        return jdbc.sql("SELECT agent_key, name, strategy, budget, rating, deviation,"
                        + " tournaments, games, wins, losses, ties, last_tournament_id FROM agent_rating"
                        + " ORDER BY rating DESC, deviation, agent_key FETCH FIRST :limit ROWS ONLY")
                .param("limit", Math.clamp(limit, 1, 500))
                .query((rs, row) -> {
                    long last = rs.getLong("last_tournament_id");
                    Long lastTournament = rs.wasNull() ? null : last;
                    return new RatedAgent(
                            row + 1,
                            rs.getString("agent_key"),
                            rs.getString("name"),
                            StrategyKind.valueOf(rs.getString("strategy")),
                            rs.getLong("budget"),
                            rs.getDouble("rating"),
                            rs.getDouble("deviation"),
                            rs.getInt("tournaments"),
                            rs.getLong("games"),
                            rs.getLong("wins"),
                            rs.getLong("losses"),
                            rs.getLong("ties"),
                            lastTournament);
                })
                .list();
    }

    private static Map<String, Object> values(
            long tournamentId, TournamentView.Entrant entrant, TournamentView.Standing standing, Instant now) {
        return Map.ofEntries(
                Map.entry("key", entrant.agentKey()),
                Map.entry("name", entrant.name()),
                Map.entry("strategy", entrant.strategy().name()),
                Map.entry("budget", entrant.budget()),
                Map.entry("params", ParamsColumn.write(entrant.params())),
                Map.entry("rating", standing.rating()),
                Map.entry("deviation", standing.deviation()),
                Map.entry("volatility", standing.volatility()),
                Map.entry("games", standing.games()),
                Map.entry("wins", standing.wins()),
                Map.entry("losses", standing.losses()),
                Map.entry("ties", standing.ties()),
                Map.entry("tournament", tournamentId),
                Map.entry("now", TournamentRows.utc(Objects.requireNonNull(now))));
    }
}
