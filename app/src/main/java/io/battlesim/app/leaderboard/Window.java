package io.battlesim.app.leaderboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** The time windows of the boards, in UTC: a day, an ISO week from Monday, a month, all time. */
public enum Window {
    TODAY('D', "Today"),
    WEEK('W', "This week"),
    MONTH('M', "This month"),
    ALL('A', "All time");

    private static final LocalDate EVER = LocalDate.EPOCH;

    private final char code;
    private final String label;

    Window(char code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The one-letter code stored with the totals. */
    public String code() {
        return String.valueOf(code);
    }

    /** How the pages name it. */
    public String label() {
        return label;
    }

    /** The first day of the window that contains {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case TODAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case ALL -> EVER;
        };
    }

    /** The window named {@code value} (case-insensitive: today, week, month, all), if any. */
    public static Optional<Window> parse(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The query parameter value of this window. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
