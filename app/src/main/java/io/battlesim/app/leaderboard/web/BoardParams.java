package io.battlesim.app.leaderboard.web;

import io.battlesim.app.leaderboard.CreatorOrder;
import io.battlesim.app.leaderboard.Window;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The boards' query parameters, checked; a bad value is a 400 naming the parameter (problem+json on the API). */
final class BoardParams {

    static final int MAX_LIMIT = 500;
    // paging goes 200 pages deep (an OFFSET costs its rows); a gifter further down finds their rank by username
    static final long MAX_OFFSET = 10_000;
    private static final Pattern USERNAME = Pattern.compile("@?[\\p{L}\\p{N}._-]{1,64}");

    private BoardParams() {}

    static Window window(@Nullable String value) {
        return value == null || value.isBlank()
                ? Window.WEEK
                : Window.parse(value).orElseThrow(() -> invalid("window", "must be today, week, month or all"));
    }

    static CreatorOrder order(@Nullable String value) {
        return value == null || value.isBlank()
                ? CreatorOrder.WINS
                : CreatorOrder.parse(value).orElseThrow(() -> invalid("order", "must be wins, winRate or coins"));
    }

    /** Whether {@code value} can be a TikTok username, with or without the at sign. */
    static boolean isUsername(String value) {
        return USERNAME.matcher(value.strip()).matches();
    }

    /** A creator or gifter username, or null when none was given. */
    static @Nullable String username(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!isUsername(value)) {
            throw invalid(name, "must be a TikTok username (letters, digits, dots, underscores; at most 64)");
        }
        return value.strip();
    }

    static int limit(int value) {
        if (value < 1 || value > MAX_LIMIT) {
            throw invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return value;
    }

    static long offset(long value) {
        if (value < 0 || value > MAX_OFFSET) {
            throw invalid("offset", "must be between 0 and " + MAX_OFFSET);
        }
        return value;
    }

    static ErrorResponseException invalid(String parameter, String reason) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + " " + reason + ".");
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", parameter);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException notFound(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
