package io.battlesim.engine.tournament;

import io.battlesim.engine.agent.AgentSpec;

/**
 * Plays one battle between two agents; the seam between a tournament and what decides its battles: the
 * {@link SimulatedMatches simulator} by default, a scripted stand-in in tests.
 */
@FunctionalInterface
public interface MatchRunner {

    /**
     * Plays one battle, {@code first} on the first side, {@code second} on the second, deterministically for a seed.
     *
     * @param first the agent on side 0; never null
     * @param second the agent on side 1; never null
     * @param seed the battle's seed
     */
    MatchOutcome play(AgentSpec first, AgentSpec second, long seed);
}
