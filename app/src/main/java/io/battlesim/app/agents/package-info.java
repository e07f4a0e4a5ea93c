/**
 * AI battle agents and their tournaments: a signed-in user starts a round-robin or Swiss tournament between agents
 * (each a strategy, a coin budget and its tunables), which the engine plays out as many simulated battles on a
 * background thread of this node (one tournament at a time, the others queued), rating every agent with Glicko-2
 * after each round; progress is stored as it goes, the owner may cancel (the standings so far are kept), and a
 * tournament that was running when the app stopped is marked interrupted. Each finished tournament updates the
 * agents' ratings across tournaments ({@link io.battlesim.app.agents.AgentRatings}), which the leaderboard module
 * shows as the "top AI agents" board. Pages at {@code /tournaments}, JSON at {@code /api/tournaments}.
 */
@ApplicationModule(allowedDependencies = {"auth", "battle"})
@NullMarked
package io.battlesim.app.agents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
