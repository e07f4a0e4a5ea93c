package io.battlesim.app.agents;

import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.tournament.Pairing;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored tournament with its agents and, once stored, their standings.
 *
 * @param id the tournament's id
 * @param name its name (user text: always escape it)
 * @param ownerId the user who started it; null once they deleted their account
 * @param format round-robin or Swiss
 * @param rounds rounds to play, each a Glicko-2 rating period
 * @param gamesPerPairing battles per pairing and round
 * @param battleSeconds length of each battle
 * @param crowd who gives besides the agents
 * @param crowdBattles for recorded crowds, how many recorded battles they were fitted from once it started; else null
 * @param seed seed of every battle
 * @param status where it stands
 * @param gamesDone battles played so far (as last stored)
 * @param gamesTotal battles of the whole tournament
 * @param createdAt when it was started
 * @param startedAt when its first battle began; null while queued
 * @param endedAt when it finished, was cancelled or interrupted
 * @param entrants its agents in entry order, each with its standing once stored
 */
public record TournamentView(
        long id,
        String name,
        @Nullable Long ownerId,
        Pairing format,
        int rounds,
        int gamesPerPairing,
        int battleSeconds,
        TournamentCrowd crowd,
        @Nullable Integer crowdBattles,
        long seed,
        TournamentStatus status,
        int gamesDone,
        int gamesTotal,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        List<Entrant> entrants) {

    public TournamentView {
        Objects.requireNonNull(name, "name must not be null");
        entrants = List.copyOf(Objects.requireNonNull(entrants, "entrants must not be null"));
    }

    /**
     * An agent of the tournament.
     *
     * @param entry its place in the entry order, from 0
     * @param agentKey its identity across tournaments (name, strategy, budget and tunables)
     * @param name its name (user text)
     * @param strategy its strategy
     * @param budget its coins per battle
     * @param params its tunables
     * @param standing its standing, once stored (at the end, on a cancellation, on a graceful stop)
     */
    public record Entrant(
            int entry,
            String agentKey,
            String name,
            StrategyKind strategy,
            long budget,
            Map<String, Double> params,
            @Nullable Standing standing) {

        public Entrant {
            params = Map.copyOf(params);
        }
    }

    /**
     * An agent's record and Glicko-2 rating in one tournament.
     *
     * @param rank 1 for the best rating
     * @param games battles played
     * @param wins battles won
     * @param losses battles lost
     * @param ties battles tied
     * @param rating the Glicko-2 rating (1500 to start with)
     * @param deviation the rating's deviation: the 95 % interval is the rating ± 2 deviations
     * @param volatility how erratic the agent's results were
     */
    public record Standing(
            int rank, int games, int wins, int losses, int ties, double rating, double deviation, double volatility) {

        /** Two deviations: the half-width of the rating's 95 % interval. */
        public double margin() {
            return 2 * deviation;
        }

        /** Share of the battles won, 0 without battles. */
        public double winRate() {
            return games == 0 ? 0 : (double) wins / games;
        }
    }

    /** The agents with a stored standing, best first; empty until the standings are stored. */
    public List<Entrant> standings() {
        return entrants.stream()
                .filter(entrant -> entrant.standing() != null)
                .sorted(Comparator.comparingInt(
                        entrant -> Objects.requireNonNull(entrant.standing()).rank()))
                .toList();
    }

    /** Share of the battles played, 0 to 100. */
    public int percent() {
        return gamesTotal == 0 ? 0 : (int) Math.min(100, (long) gamesDone * 100 / gamesTotal);
    }

    /** Whether {@code userId} started this tournament. */
    public boolean ownedBy(@Nullable Long userId) {
        return userId != null && userId.equals(ownerId);
    }
}
