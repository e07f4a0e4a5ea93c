package io.battlesim.tiktok.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Walks {@code /v2/video/list/} page by page, fetching each page only when the previous one is used up. It follows
 * {@code has_more} rather than the page size (TikTok's pages can be short, even empty, while more follow) and stops
 * with an error instead of looping when TikTok answers {@code has_more} with a cursor that does not move back in
 * time.
 */
final class VideoPager implements Iterator<VideoPage> {

    /** Fetches the page before a cursor, or the newest page for null. */
    private final Function<@Nullable Long, VideoPage> fetch;

    private @Nullable Long cursor;
    private @Nullable VideoPage next;
    private boolean done;

    private VideoPager(Function<@Nullable Long, VideoPage> fetch, @Nullable Long startCursor) {
        this.fetch = fetch;
        this.cursor = startCursor;
    }

    /** A lazy, ordered stream of pages: nothing is fetched until the stream is consumed. */
    static Stream<VideoPage> pages(Function<@Nullable Long, VideoPage> fetch, @Nullable Long startCursor) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(
                        new VideoPager(fetch, startCursor), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            VideoPage page = fetch.apply(cursor);
            requireProgress(page);
            done = !page.hasMore();
            cursor = page.cursor();
            next = page;
        }
        return next != null;
    }

    @Override
    public VideoPage next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more pages");
        }
        VideoPage page = next;
        next = null;
        return page;
    }

    private void requireProgress(VideoPage page) {
        if (!page.hasMore()) {
            return;
        }
        boolean stuck = page.cursor() <= 0 || (cursor != null && page.cursor() >= cursor);
        if (stuck) {
            throw new TikTokApiException(
                    Display.VIDEO_LIST_PATH,
                    200,
                    TikTokApiException.UNEXPECTED_RESPONSE,
                    "TikTok answered has_more with cursor " + page.cursor() + ", not before the cursor sent (" + cursor
                            + "); paging stopped instead of looping",
                    null,
                    false);
        }
    }
}
