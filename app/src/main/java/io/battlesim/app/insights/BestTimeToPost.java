package io.battlesim.app.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When the creator's own videos did best: posts grouped by the UTC hour and weekday they went out, each group's
 * median views {@code reachDays} after posting. Only videos that a snapshot saw at that age count.
 *
 * @param bestHour the hour with the highest median among hours with at least {@code minVideos} videos, if any
 * @param bestWeekday likewise for weekdays
 */
public record BestTimeToPost(
        int reachDays,
        int videosCounted,
        int minVideos,
        List<PostingSlot> byHour,
        List<PostingSlot> byWeekday,
        @Nullable PostingSlot bestHour,
        @Nullable PostingSlot bestWeekday) {}
