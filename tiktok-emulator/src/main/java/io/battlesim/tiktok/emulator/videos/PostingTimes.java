package io.battlesim.tiktok.emulator.videos;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;

/**
 * When creators post and how that changes a video's reach, by UTC hour and weekday: most posts go out in the
 * evening and at the weekend, and those also reach a little further, so a "best time to post" analysis over a
 * catalogue finds the evening and the weekend without the effect drowning the video-to-video noise.
 */
final class PostingTimes {

    /** Relative chance of a post in each UTC hour. */
    private static final double[] HOUR_WEIGHTS = {
        2, 1, 0.5, 0.3, 0.2, 0.3, 0.6, 1, 1.4, 1.6, 1.8, 2.4, 3, 2.6, 2.4, 2.8, 3.6, 5, 6.5, 7.5, 7, 5.5, 4, 3
    };

    /** How far a post reaches by UTC hour: best 18:00 to 21:59, weakest before dawn. */
    private static final double[] HOUR_REACH = {
        0.85, 0.78, 0.72, 0.7, 0.7, 0.72, 0.78, 0.85, 0.9, 0.93, 0.96, 1.02, 1.06, 1.02, 0.98, 1.0, 1.06, 1.14, 1.25,
        1.32, 1.32, 1.25, 1.1, 0.95
    };

    private static final double HOUR_TOTAL = sum(HOUR_WEIGHTS);

    private PostingTimes() {}

    /** Relative chance of posting on a weekday (mean about 1). */
    static double dayWeight(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 0.9;
            case TUESDAY -> 0.85;
            case WEDNESDAY -> 0.95;
            case THURSDAY -> 1.0;
            case FRIDAY -> 1.15;
            case SATURDAY -> 1.1;
            case SUNDAY -> 1.05;
        };
    }

    /** How far a video posted at this instant reaches, about 0.65 to 1.45 times the creator's usual. */
    static double reachFactor(Instant postedAt) {
        ZonedDateTime utc = postedAt.atZone(ZoneOffset.UTC);
        double day = switch (utc.getDayOfWeek()) {
            case MONDAY, TUESDAY -> 0.92;
            case WEDNESDAY, THURSDAY -> 1.0;
            case FRIDAY -> 1.05;
            case SATURDAY, SUNDAY -> 1.1;
        };
        return HOUR_REACH[utc.getHour()] * day;
    }

    /** A second of the UTC day drawn from the hourly weights. */
    static int drawSecondOfDay(RandomGenerator random) {
        double target = random.nextDouble(HOUR_TOTAL);
        int hour = 0;
        while (hour < 23 && target >= HOUR_WEIGHTS[hour]) {
            target -= HOUR_WEIGHTS[hour];
            hour++;
        }
        return hour * 3600 + random.nextInt(3600);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
