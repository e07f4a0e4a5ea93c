package io.battlesim.app.insights;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A video's line in the table: its latest counts, and the growth since the snapshot before (null when only one
 * snapshot saw it).
 *
 * @param engagementRate (likes + comments + shares) / views, 0 without views
 */
public record VideoLine(
        String videoId,
        Instant createdAt,
        String title,
        int durationSeconds,
        @Nullable String shareUrl,
        LocalDate latestDay,
        long views,
        long likes,
        long comments,
        long shares,
        double engagementRate,
        @Nullable LocalDate previousDay,
        @Nullable Long viewsGrowth,
        @Nullable Long likesGrowth,
        @Nullable Long commentsGrowth,
        @Nullable Long sharesGrowth) {

    public static double engagement(long views, long likes, long comments, long shares) {
        return views <= 0 ? 0 : (double) (likes + comments + shares) / views;
    }
}
