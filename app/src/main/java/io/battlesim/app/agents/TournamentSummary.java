package io.battlesim.app.agents;

import io.battlesim.engine.tournament.Pairing;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A line of the tournament list.
 *
 * @param id the tournament's id
 * @param name its name (user text)
 * @param format round-robin or Swiss
 * @param status where it stands
 * @param agents how many agents play
 * @param gamesDone battles played so far
 * @param gamesTotal battles of the whole tournament
 * @param createdAt when it was started
 * @param leader the name of the best-rated agent once standings are stored, else null
 */
public record TournamentSummary(
        long id,
        String name,
        Pairing format,
        TournamentStatus status,
        int agents,
        int gamesDone,
        int gamesTotal,
        Instant createdAt,
        @Nullable String leader) {

    /** Share of the battles played, 0 to 100. */
    public int percent() {
        return gamesTotal == 0 ? 0 : (int) Math.min(100, (long) gamesDone * 100 / gamesTotal);
    }
}
