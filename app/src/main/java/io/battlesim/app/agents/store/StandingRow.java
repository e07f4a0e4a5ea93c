package io.battlesim.app.agents.store;

/**
 * An agent's standing to store, by its entry in the tournament.
 *
 * @param entry the agent's place in the entry order, from 0
 * @param rank 1 for the best rating
 * @param games battles played
 * @param wins battles won
 * @param losses battles lost
 * @param ties battles tied
 * @param rating Glicko-2 rating
 * @param deviation its deviation
 * @param volatility its volatility
 */
public record StandingRow(
        int entry,
        int rank,
        int games,
        int wins,
        int losses,
        int ties,
        double rating,
        double deviation,
        double volatility) {}
