package io.battlesim.bench.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The sums over the videos each day's snapshot saw: the profile's likes, video count and total views. */
final class ProfileTotals {

    final long[] views;
    final long[] likes;
    final long[] videos;
    private final LocalDate first;

    ProfileTotals(CreatorHistory history) {
        this.first = history.firstDay();
        this.views = new long[history.days];
        this.likes = new long[history.days];
        this.videos = new long[history.days];
    }

    void add(LocalDate day, CreatorHistory.Counts counts) {
        int d = (int) ChronoUnit.DAYS.between(first, day);
        views[d] += counts.views();
        likes[d] += counts.likes();
        videos[d]++;
    }
}
