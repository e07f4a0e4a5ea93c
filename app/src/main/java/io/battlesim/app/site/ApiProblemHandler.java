package io.battlesim.app.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every failed {@code /api/**} and {@code /webhooks/**} request with an RFC 9457 problem detail
 * ({@code application/problem+json}), and every client error of a page (a 4xx, whether Spring or the module knows
 * the exception) with the friendly error page and its status.
 *
 * <p>It runs last among the controller advices so that a module's own, more specific handlers win. Other failures of
 * pages are re-thrown untouched: Spring MVC then sends the error status and Boot renders the friendly error page.
 * Security exceptions are re-thrown too, so that Spring Security answers them (401 or 403).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(Exception.class)
    @Nullable
    ResponseEntity<ProblemDetail> handle(Exception exception, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (isSecurityException(exception)) {
            throw exception;
        }
        ProblemDetail problem = ApiProblems.of(exception);
        if (!ProblemPaths.matches(request)) {
            return pageError(exception, problem, response);
        }
        if (problem.getStatus() >= 500) {
            log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), exception);
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return ResponseEntity.status(problem.getStatus())
                .headers(headersOf(exception))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A client error of a page goes to Boot's error page with its status (and headers such as {@code Allow}); a
     * server error is re-thrown, so that it is logged and answered as before.
     */
    private static @Nullable ResponseEntity<ProblemDetail> pageError(
            Exception exception, ProblemDetail problem, HttpServletResponse response) throws Exception {
        if (problem.getStatus() < 400 || problem.getStatus() >= 500 || response.isCommitted()) {
            throw exception;
        }
        headersOf(exception).forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.sendError(problem.getStatus());
        return null;
    }

    private static boolean isSecurityException(Exception exception) {
        return exception instanceof AccessDeniedException || exception instanceof AuthenticationException;
    }

    private static HttpHeaders headersOf(Exception exception) {
        return exception instanceof ErrorResponse errorResponse ? errorResponse.getHeaders() : HttpHeaders.EMPTY;
    }
}
