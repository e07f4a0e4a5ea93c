package io.battlesim.tiktok.emulator.videos;

import java.util.List;

/**
 * One page of {@code /v2/video/list/}.
 *
 * @param videos the listed videos, newest first; fewer than asked when some were filtered out
 * @param cursor the {@code create_time} in milliseconds of the last video the page covered, for the next page
 * @param hasMore whether older videos exist
 */
public record VideoPage(List<Video> videos, long cursor, boolean hasMore) {

    /** Stores an unmodifiable copy. */
    public VideoPage {
        videos = List.copyOf(videos);
    }
}
