package io.battlesim.tiktok.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page of {@code /v2/video/list/}: newest first. TikTok may return fewer videos than asked, even none, while
 * {@code hasMore} is true; keep paging with {@link #cursor()} until it is false (or use {@link
 * Display#videoPages}).
 *
 * @param videos the videos, never null
 * @param cursor pass it to get the next, older page: a UTC timestamp in milliseconds (TikTok's {@code cursor})
 * @param hasMore whether older videos follow
 */
public record VideoPage(List<Video> videos, long cursor, boolean hasMore) {

    /** Stores an unmodifiable copy of the videos. */
    public VideoPage {
        videos = List.copyOf(Objects.requireNonNull(videos, "videos must not be null"));
    }

    /** The cursor as an instant: the next page holds videos posted before it; never null. */
    public Instant cursorTime() {
        return Instant.ofEpochMilli(cursor);
    }
}
