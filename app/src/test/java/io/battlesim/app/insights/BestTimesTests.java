package io.battlesim.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.insights.store.InsightQueries.Reach;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Best time to post": medians per UTC hour and weekday, a viral outlier cannot win alone, small groups never win. */
class BestTimesTests {

    // 2026-11-27 is a Friday, 2026-11-30 a Monday
    private static Reach posted(String instant, long views) {
        return new Reach(Instant.parse(instant), views);
    }

    @Test
    void theHourWithTheHighestMedianWins() {
        List<Reach> reaches = new ArrayList<>();
        reaches.add(posted("2026-11-27T18:05:00Z", 9_000));
        reaches.add(posted("2026-11-20T18:40:00Z", 8_000));
        reaches.add(posted("2026-11-13T18:10:00Z", 7_000));
        reaches.add(posted("2026-11-30T09:00:00Z", 1_000));
        reaches.add(posted("2026-11-23T09:30:00Z", 2_000));
        reaches.add(posted("2026-11-16T09:45:00Z", 1_500_000)); // one viral morning video

        BestTimeToPost best = BestTimes.of(reaches, 7);

        assertThat(best.videosCounted()).isEqualTo(6);
        assertThat(best.byHour()).hasSize(24);
        assertThat(best.byHour().get(18).videos()).isEqualTo(3);
        assertThat(best.byHour().get(18).medianViews()).isEqualTo(8_000);
        assertThat(best.byHour().get(9).medianViews()).isEqualTo(2_000);
        assertThat(best.bestHour().label()).isEqualTo("18:00");
        assertThat(best.bestWeekday().label()).isEqualTo("Friday");
        assertThat(best.byWeekday().getFirst().label()).isEqualTo("Monday");
    }

    @Test
    void aGroupOfFewerThanThreeVideosIsShownButNeverNamedBest() {
        BestTimeToPost best =
                BestTimes.of(List.of(posted("2026-11-27T18:05:00Z", 9_000), posted("2026-11-20T18:40:00Z", 8_000)), 7);

        assertThat(best.byHour().get(18).medianViews()).isEqualTo(8_500);
        assertThat(best.bestHour()).isNull();
        assertThat(best.bestWeekday()).isNull();
    }

    @Test
    void noHistoryMeansEmptySlots() {
        BestTimeToPost best = BestTimes.of(List.of(), 7);

        assertThat(best.videosCounted()).isZero();
        assertThat(best.byHour()).allSatisfy(slot -> assertThat(slot.videos()).isZero());
        assertThat(best.bestHour()).isNull();
    }
}
