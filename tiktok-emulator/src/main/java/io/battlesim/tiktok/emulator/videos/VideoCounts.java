package io.battlesim.tiktok.emulator.videos;

/**
 * A video's counts at one instant.
 *
 * @param viewCount views
 * @param likeCount likes (TikTok's int32)
 * @param commentCount comments (int32)
 * @param shareCount shares (int32)
 */
public record VideoCounts(long viewCount, long likeCount, long commentCount, long shareCount) {

    /** A video not yet posted. */
    public static final VideoCounts ZERO = new VideoCounts(0, 0, 0, 0);
}
