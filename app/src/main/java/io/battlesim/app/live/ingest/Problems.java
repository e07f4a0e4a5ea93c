package io.battlesim.app.live.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem responses of the ingest and replay endpoints. */
public final class Problems {

    private Problems() {}

    /**
     * A problem response.
     *
     * @param request the request, for {@code instance}
     * @param status the HTTP status
     * @param title a short title
     * @param detail what to do about it
     * @param errors per-item errors to list, or empty
     * @return the response, {@code application/problem+json}
     */
    public static ResponseEntity<ProblemDetail> of(
            HttpServletRequest request,
            HttpStatus status,
            String title,
            String detail,
            List<? extends Map<String, ? extends @Nullable Object>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A problem response without per-item errors. */
    public static ResponseEntity<ProblemDetail> of(
            HttpServletRequest request, HttpStatus status, String title, String detail) {
        return of(request, status, title, detail, List.of());
    }
}
