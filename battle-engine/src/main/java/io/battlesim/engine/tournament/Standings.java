package io.battlesim.engine.tournament;

import io.battlesim.engine.agent.AgentSpec;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tournament's table, final or as far as it got.
 *
 * @param table one row per agent, best Glicko-2 rating first; never null
 * @param gamesPlayed battles played
 * @param gamesScheduled battles the full tournament plays
 * @param complete whether every scheduled battle was played (false after a cancellation)
 */
public record Standings(List<Standing> table, int gamesPlayed, int gamesScheduled, boolean complete) {

    public Standings {
        table = List.copyOf(Objects.requireNonNull(table, "table must not be null"));
    }

    /** The row of the agent with this id, or null. */
    public @Nullable Standing of(String agentId) {
        for (Standing row : table) {
            if (row.agent().id().equals(agentId)) {
                return row;
            }
        }
        return null;
    }

    /**
     * One agent's record and rating.
     *
     * @param agent the agent; never null
     * @param games battles played
     * @param wins battles won
     * @param losses battles lost
     * @param ties battles tied
     * @param rating Glicko-2 rating (a newcomer is 1500)
     * @param deviation the rating's deviation: the 95 % interval is the rating ± 2 deviations
     * @param volatility Glicko-2 volatility: how erratic the agent's results have been
     */
    public record Standing(
            AgentSpec agent,
            int games,
            int wins,
            int losses,
            int ties,
            double rating,
            double deviation,
            double volatility) {

        public Standing {
            Objects.requireNonNull(agent, "agent must not be null");
        }

        /** Wins plus half the ties. */
        public double points() {
            return wins + ties / 2.0;
        }

        /** The bottom of the rating's 95 % interval. */
        public double lower() {
            return rating - 2 * deviation;
        }

        /** The top of the rating's 95 % interval. */
        public double upper() {
            return rating + 2 * deviation;
        }
    }
}
