package io.battlesim.app.insights;

import java.util.Locale;
import java.util.Optional;

/** The orders of the video table, each an expression over {@code insight_video}'s own columns. */
public enum VideoSort {
    POSTED("created_at"),
    VIEWS("views"),
    LIKES("likes"),
    COMMENTS("comments"),
    SHARES("shares"),
    ENGAGEMENT("CASE WHEN views > 0 THEN CAST(likes + comments + shares AS DOUBLE PRECISION) / views ELSE 0 END"),
    GROWTH("views - COALESCE(previous_views, views)");

    private final String expression;

    VideoSort(String expression) {
        this.expression = expression;
    }

    /** The SQL expression to order by (a constant of this enum, never user text). */
    public String expression() {
        return expression;
    }

    /** The parameter's value, e.g. {@code views}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VideoSort> parse(String code) {
        for (VideoSort sort : values()) {
            if (sort.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
