package io.battlesim.app.leaderboard;

/**
 * A creator's line on the creators board.
 *
 * @param rank position in the chosen order (equal values share a rank)
 * @param creator TikTok username
 * @param battles finished battles in the window
 * @param wins battles won
 * @param losses battles lost
 * @param ties battles tied
 * @param winRate wins per battle, 0 to 1
 * @param averageMargin mean of the final score minus the best opponent's
 * @param coins coins received from gifts in the window
 */
public record CreatorEntry(
        long rank,
        String creator,
        long battles,
        long wins,
        long losses,
        long ties,
        double winRate,
        double averageMargin,
        long coins) {}
