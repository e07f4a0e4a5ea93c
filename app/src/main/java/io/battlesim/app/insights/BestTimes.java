package io.battlesim.app.insights;

import io.battlesim.app.insights.store.InsightQueries.Reach;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * "Best time to post" from the creator's own history: videos grouped by the UTC hour and weekday they were posted,
 * each group's median views at the reach age. The median, not the mean, so that one viral video does not make its
 * hour look like the best; groups with fewer than {@link #MIN_VIDEOS} videos are shown but never named best.
 */
final class BestTimes {

    static final int MIN_VIDEOS = 3;

    private BestTimes() {}

    static BestTimeToPost of(List<Reach> reaches, int reachDays) {
        List<PostingSlot> byHour = slots(reaches, 24, reach -> at(reach).getHour(), hour -> "%02d:00".formatted(hour));
        List<PostingSlot> byWeekday = slots(
                reaches,
                7,
                reach -> at(reach).getDayOfWeek().getValue() - 1,
                day -> DayOfWeek.of(day + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        return new BestTimeToPost(
                reachDays, reaches.size(), MIN_VIDEOS, byHour, byWeekday, best(byHour), best(byWeekday));
    }

    private static ZonedDateTime at(Reach reach) {
        return reach.postedAt().atZone(ZoneOffset.UTC);
    }

    private static List<PostingSlot> slots(
            List<Reach> reaches, int count, ToIntFunction<Reach> slotOf, java.util.function.IntFunction<String> label) {
        List<List<Long>> views = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            views.add(new ArrayList<>());
        }
        for (Reach reach : reaches) {
            views.get(slotOf.applyAsInt(reach)).add(reach.views());
        }
        List<PostingSlot> slots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            slots.add(new PostingSlot(label.apply(i), views.get(i).size(), median(views.get(i))));
        }
        return slots;
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static @org.jspecify.annotations.Nullable PostingSlot best(List<PostingSlot> slots) {
        return slots.stream()
                .filter(slot -> slot.videos() >= MIN_VIDEOS)
                .max(Comparator.comparingLong(PostingSlot::medianViews))
                .orElse(null);
    }
}
