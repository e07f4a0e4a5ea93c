package io.battlesim.app.auth.web;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** An expected failure of the auth API, answered as {@code application/problem+json}. */
final class AuthProblem extends RuntimeException {

    private final transient ProblemDetail problem;

    private AuthProblem(ProblemDetail problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    ProblemDetail problem() {
        return problem;
    }

    static ProblemDetail detail(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }

    static AuthProblem of(HttpStatus status, String type, String title, String detail) {
        return new AuthProblem(detail(status, type, title, detail));
    }

    static AuthProblem tiktok(
            HttpStatus status, String type, String title, String detail, String code, @Nullable String logId) {
        ProblemDetail problem = detail(status, type, title, detail);
        problem.setProperty("tiktokError", code);
        if (logId != null) {
            problem.setProperty("tiktokLogId", logId);
        }
        return new AuthProblem(problem);
    }
}
