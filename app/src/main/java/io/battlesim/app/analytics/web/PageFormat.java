package io.battlesim.app.analytics.web;

import io.battlesim.app.analytics.compute.BattleAnalytics;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Formats figures for the analytics pages ({@code fmt} in the templates). */
final class PageFormat {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final List<BattleAnalytics.Side> sides;

    PageFormat(List<BattleAnalytics.Side> sides) {
        this.sides = List.copyOf(sides);
    }

    /** Milliseconds as m:ss (h:mm:ss past an hour). */
    public String clock(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Whole seconds, rounded. */
    public String seconds(long millis) {
        return Math.round(millis / 1000.0) + " s";
    }

    public String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** A difference with its sign. */
    public String signed(long value) {
        return (value > 0 ? "+" : "") + number(value);
    }

    /** An average, rounded, with its sign. */
    public String average(double value) {
        return signed(Math.round(value));
    }

    /** A share of 0 to 1 as a whole percentage. */
    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public String utc(@Nullable Long epochMillis) {
        return epochMillis == null ? "—" : UTC.format(Instant.ofEpochMilli(epochMillis));
    }

    public String side(String sideId) {
        for (BattleAnalytics.Side side : sides) {
            if (side.id().equals(sideId)) {
                return side.label();
            }
        }
        return sideId;
    }

    /** The side's position, which picks its colour. */
    public int sideIndex(String sideId) {
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i).id().equals(sideId)) {
                return i;
            }
        }
        return 0;
    }

    public String outcome(String outcome) {
        return switch (outcome) {
            case "TOOK_LEAD" -> "took the lead";
            case "DREW_LEVEL" -> "drew level";
            case "WITHIN_REACH" -> "came within reach";
            default -> outcome;
        };
    }

    public String booster(String kind) {
        return switch (kind) {
            case "BOOSTING_GLOVE" -> "Boosting Glove";
            case "MAGIC_MIST" -> "Magic Mist";
            case "STUN_HAMMER" -> "Stun Hammer";
            case "TIME_MAKER" -> "Time Maker";
            default -> kind;
        };
    }

    public String triggeredBy(@Nullable String by) {
        if (by == null) {
            return "TikTok card";
        }
        return switch (by) {
            case "CREATOR" -> "the creator";
            case "AUDIENCE" -> "a viewer";
            case "AGENT" -> "an agent";
            default -> by.toLowerCase(Locale.ROOT);
        };
    }

    public String result(String result) {
        return switch (result) {
            case "WIN" -> "Won";
            case "LOSS" -> "Lost";
            default -> "Tie";
        };
    }
}
