package io.battlesim.app.insights.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Formats figures for the insight pages ({@code fmt} in the templates). */
final class InsightsFormat {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    public String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** A difference with its sign; a dash when there is nothing to compare with. */
    public String growth(@Nullable Long value) {
        if (value == null) {
            return "—";
        }
        return (value > 0 ? "+" : "") + number(value);
    }

    /** A share of 0 to 1 as a percentage with one decimal. */
    public String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }

    public String utc(@Nullable Instant instant) {
        return instant == null ? "—" : UTC.format(instant);
    }

    public String day(@Nullable LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }

    /** Seconds as m:ss. */
    public String duration(int seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
