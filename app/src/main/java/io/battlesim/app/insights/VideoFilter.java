package io.battlesim.app.insights;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which videos the table shows, in which order.
 *
 * @param postedFrom first UTC day of posting included, or null
 * @param postedTo last UTC day of posting included, or null
 */
public record VideoFilter(
        VideoSort sort,
        boolean descending,
        @Nullable LocalDate postedFrom,
        @Nullable LocalDate postedTo,
        int offset,
        int limit) {

    public static final int MAX_LIMIT = 500;

    /** Every video (for counting them). */
    public static final VideoFilter ALL = new VideoFilter(VideoSort.POSTED, true, null, null, 0, 1);

    public VideoFilter {
        offset = Math.max(0, offset);
        limit = Math.clamp(limit, 1, MAX_LIMIT);
    }
}
