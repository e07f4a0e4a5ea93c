package io.battlesim.app.leaderboard;

/**
 * A gifter's line on a board.
 *
 * @param rank 1 for the top; gifters with equal coins share a rank (1, 2, 2, 4)
 * @param gifterId TikTok user id
 * @param uniqueId TikTok username
 * @param nickname the name TikTok showed in the LIVE, untrusted text
 * @param coins coins given in the window
 * @param gifts gifts given (a streak counts once)
 */
public record GifterEntry(long rank, String gifterId, String uniqueId, String nickname, long coins, long gifts) {}
