package io.battlesim.app.scoreboard.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FeedSelectorTests {

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final FeedSelector feed = new FeedSelector(8, nanos::get);

    @Test
    void showsEveryGiftWhileTheyComeSlowly() {
        for (int i = 0; i < 100; i++) {
            assertThat(feed.shows(1)).isTrue();
            nanos.addAndGet(200_000_000L);
        }
    }

    @Test
    void showsAboutItsRateOfTheBiggestGiftsInABusyBattle() {
        int shown = 0;
        int bigShown = 0;
        for (int second = 0; second < 10; second++) {
            for (int i = 0; i < 300; i++) {
                long coins = i % 50 == 0 ? 1000 : 1 + i % 5;
                boolean show = feed.shows(coins);
                if (second >= 2 && show) {
                    shown++;
                    bigShown += coins == 1000 ? 1 : 0;
                }
                nanos.addAndGet(1_000_000_000L / 300);
            }
        }

        // after the first second the threshold leaves out the small gifts (give or take one at a window's edge)
        assertThat(bigShown)
                .as("the six 1,000-coin gifts a second, eight seconds")
                .isBetween(8 * 6 - 1, 8 * 6);
        assertThat(shown - bigShown).as("small gifts shown").isLessThanOrEqualTo(1);
    }

    @Test
    void showsSmallGiftsAgainOnceTheRushIsOver() {
        for (int i = 0; i < 300; i++) {
            feed.shows(1 + i % 100);
            nanos.addAndGet(3_000_000L);
        }
        nanos.addAndGet(2_000_000_000L);

        assertThat(feed.shows(1)).isTrue();
    }

    @Test
    void withoutARateShowsEverything() {
        FeedSelector every = FeedSelector.everyGift();
        for (int i = 0; i < 1000; i++) {
            assertThat(every.shows(1)).isTrue();
        }
    }
}
