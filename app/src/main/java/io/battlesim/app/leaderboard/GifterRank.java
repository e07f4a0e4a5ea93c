package io.battlesim.app.leaderboard;

import java.util.List;

/**
 * Where a gifter stands on a board, with the gifters just above and below.
 *
 * @param entry the gifter's own line
 * @param above up to two gifters ranked just above, nearest last
 * @param below up to two gifters ranked just below, nearest first
 */
public record GifterRank(GifterEntry entry, List<GifterEntry> above, List<GifterEntry> below) {

    public GifterRank {
        above = List.copyOf(above);
        below = List.copyOf(below);
    }
}
