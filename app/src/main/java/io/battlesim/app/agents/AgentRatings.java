package io.battlesim.app.agents;

import io.battlesim.app.agents.store.AgentRatingStore;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The agents' ratings across tournaments, for the "top AI agents" board. Every tournament rates its agents from
 * scratch (1500 ± 350) against the field it played, so ratings of different tournaments are not added up: an agent
 * shows the Glicko-2 rating and deviation of its latest finished tournament, and its games and win rate over all
 * its finished tournaments. An agent is its name, strategy, budget and tunables: change one and it is a new agent.
 * Cancelled and interrupted tournaments do not count (a table cut short favours whoever played first).
 */
@Service
public class AgentRatings {

    /** How the board's ratings are made, in one sentence for its readers. */
    public static final String METHOD = "Each agent shows the Glicko-2 rating of its latest finished tournament"
            + " (± 2 deviations is the 95 % interval) and its games and win rate over all its finished tournaments.";

    private final AgentRatingStore store;

    AgentRatings(AgentRatingStore store) {
        this.store = store;
    }

    /** The best-rated agents first (then the surer rating); at most {@code limit}, 1 to 500. */
    public List<RatedAgent> top(int limit) {
        return store.top(limit);
    }
}
