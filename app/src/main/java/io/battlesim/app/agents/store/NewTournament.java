package io.battlesim.app.agents.store;

import io.battlesim.app.agents.TournamentCrowd;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.tournament.Pairing;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tournament to store, QUEUED.
 *
 * @param name its name
 * @param ownerId the user starting it
 * @param format round-robin or Swiss
 * @param rounds rounds to play
 * @param gamesPerPairing battles per pairing and round
 * @param battleSeconds length of each battle
 * @param crowd who gives besides the agents
 * @param seed seed of every battle
 * @param gamesTotal battles of the whole tournament
 * @param createdAt now
 * @param entrants its agents in entry order
 */
public record NewTournament(
        String name,
        long ownerId,
        Pairing format,
        int rounds,
        int gamesPerPairing,
        int battleSeconds,
        TournamentCrowd crowd,
        long seed,
        int gamesTotal,
        Instant createdAt,
        List<Entrant> entrants) {

    public NewTournament {
        Objects.requireNonNull(name, "name must not be null");
        entrants = List.copyOf(entrants);
    }

    /** One agent of it. */
    public record Entrant(
            String agentKey, String name, StrategyKind strategy, long budget, Map<String, Double> params) {

        public Entrant {
            params = Map.copyOf(params);
        }
    }
}
