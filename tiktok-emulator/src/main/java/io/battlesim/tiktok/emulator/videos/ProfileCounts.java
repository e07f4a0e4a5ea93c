package io.battlesim.tiktok.emulator.videos;

/**
 * A creator's {@code user.info.stats} at one instant, consistent with their videos then.
 *
 * @param followerCount followers: the account's reference count, scaled by the views its videos have gathered
 * @param followingCount accounts followed (fixed)
 * @param likesCount the sum of {@code like_count} over the videos posted so far
 * @param videoCount the videos posted so far
 * @param viewCount the sum of {@code view_count} over those videos (not a TikTok field; for the history endpoint)
 */
public record ProfileCounts(
        long followerCount, long followingCount, long likesCount, long videoCount, long viewCount) {}
