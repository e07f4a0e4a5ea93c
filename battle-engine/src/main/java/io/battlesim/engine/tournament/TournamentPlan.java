package io.battlesim.engine.tournament;

import io.battlesim.engine.agent.AgentSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a tournament plays: who, how they are paired, how many rounds and how many battles per pairing.
 *
 * @param agents two or more agents with distinct ids; never null
 * @param pairing round-robin or Swiss; never null
 * @param rounds the rounds to play, each one Glicko-2 rating period: for a round-robin a whole number of cycles in
 *     which everyone meets everyone once ({@link #roundRobin(List, int, int, long)} works it out), for Swiss at
 *     least one
 * @param gamesPerPairing battles each pairing plays per round, positive; in pairs with the same seed and the sides
 *     swapped, so neither agent is favoured by its side or by the crowd's luck
 * @param seed the seed every battle's seed is derived from: the same plan gives the same standings
 */
public record TournamentPlan(List<AgentSpec> agents, Pairing pairing, int rounds, int gamesPerPairing, long seed) {

    public TournamentPlan {
        agents = List.copyOf(Objects.requireNonNull(agents, "agents must not be null"));
        Objects.requireNonNull(pairing, "pairing must not be null");
        if (agents.size() < 2) {
            throw new IllegalArgumentException("a tournament needs at least two agents but has " + agents.size());
        }
        if (rounds < 1 || gamesPerPairing < 1) {
            throw new IllegalArgumentException(
                    "rounds and gamesPerPairing must be positive but were " + rounds + " and " + gamesPerPairing);
        }
        if (pairing == Pairing.ROUND_ROBIN && rounds % RoundRobin.rounds(agents.size()) != 0) {
            throw new IllegalArgumentException("a round-robin cycle of " + agents.size() + " agents has "
                    + RoundRobin.rounds(agents.size()) + " rounds, so " + rounds + " is not whole cycles");
        }
        Set<String> ids = new HashSet<>();
        for (AgentSpec agent : agents) {
            if (!ids.add(agent.id())) {
                throw new IllegalArgumentException("duplicate agent id " + agent.id());
            }
        }
    }

    /**
     * Every agent against every other {@code cycles} times, {@code gamesPerPairing} battles each time. Several short
     * cycles rate better than one long one: each round is a rating period, and Glicko-2 judges a period's results
     * against the ratings from before it, so ratings from few long periods depend on who happened to be met first.
     */
    public static TournamentPlan roundRobin(List<AgentSpec> agents, int cycles, int gamesPerPairing, long seed) {
        Objects.requireNonNull(agents, "agents must not be null");
        if (cycles < 1) {
            throw new IllegalArgumentException("cycles must be positive but was " + cycles);
        }
        return new TournamentPlan(
                agents, Pairing.ROUND_ROBIN, cycles * RoundRobin.rounds(agents.size()), gamesPerPairing, seed);
    }

    /** {@code rounds} Swiss rounds, {@code gamesPerPairing} battles per pairing each round. */
    public static TournamentPlan swiss(List<AgentSpec> agents, int rounds, int gamesPerPairing, long seed) {
        return new TournamentPlan(agents, Pairing.SWISS, rounds, gamesPerPairing, seed);
    }

    /** How many battles the whole tournament plays. */
    public int totalGames() {
        int pairsPerRound = agents.size() / 2;
        return rounds * pairsPerRound * gamesPerPairing;
    }
}
