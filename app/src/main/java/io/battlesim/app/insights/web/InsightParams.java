package io.battlesim.app.insights.web;

import io.battlesim.app.insights.VideoFilter;
import io.battlesim.app.insights.VideoSort;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The video table's query parameters, checked; a bad value is a 400 naming the parameter. */
final class InsightParams {

    static final int PAGE_SIZE = 50;
    static final int MAX_OFFSET = 100_000;

    private InsightParams() {}

    static VideoFilter filter(
            @Nullable String sort,
            @Nullable String order,
            @Nullable String from,
            @Nullable String to,
            long offset,
            int limit) {
        VideoSort by = sort == null || sort.isBlank()
                ? VideoSort.VIEWS
                : VideoSort.parse(sort)
                        .orElseThrow(() -> invalid(
                                "sort", "must be posted, views, likes, comments, shares, engagement or growth"));
        boolean descending = order == null || order.isBlank() || order.strip().equalsIgnoreCase("desc");
        if (!descending && !order.strip().equalsIgnoreCase("asc")) {
            throw invalid("order", "must be asc or desc");
        }
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw invalid("to", "must not be before from");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw invalid("offset", "must be between 0 and " + MAX_OFFSET);
        }
        if (limit < 1 || limit > VideoFilter.MAX_LIMIT) {
            throw invalid("limit", "must be between 1 and " + VideoFilter.MAX_LIMIT);
        }
        return new VideoFilter(by, descending, first, last, (int) offset, limit);
    }

    private static @Nullable LocalDate day(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 2000 || day.getYear() > 2999) {
                throw invalid(name, "must be a date between 2000 and 2999");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date like 2026-12-04 (UTC)");
        }
    }

    static ErrorResponseException invalid(String parameter, String reason) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + " " + reason + ".");
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", parameter);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
