package io.battlesim.app.leaderboard.web;

import io.battlesim.app.leaderboard.GifterEntry;
import io.battlesim.app.leaderboard.Leaderboards;
import io.battlesim.app.leaderboard.Window;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which board a leaderboard overlay shows: a battle's own gifters ({@code window} null), or a creator's gifters in a
 * window.
 *
 * @param battleId the battle whose overlay token was used
 * @param creator the creator of a window board, or null for the battle's board
 * @param window the window of a creator board, or null for the battle's board
 * @param limit how many lines
 */
record OverlayBoard(
        String battleId, @Nullable String creator, @Nullable Window window, int limit) {

    /** The title shown above the lines. */
    String title() {
        return window == null ? "Top gifters" : "Top gifters · " + window.label();
    }

    List<GifterEntry> read(Leaderboards boards) {
        return window == null || creator == null
                ? boards.battleGifters(battleId, limit)
                : boards.topGifters(creator, window, limit, 0);
    }

    /** Whether the boards that changed include this one. */
    boolean changedBy(java.util.Set<String> battles, java.util.Set<String> creators) {
        return window == null ? battles.contains(battleId) : creator != null && creators.contains(creator);
    }
}
