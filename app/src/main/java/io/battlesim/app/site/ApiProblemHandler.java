package io.battlesim.app.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
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
 * Answers every failed {@code /api/**} request with an RFC 9457 problem detail ({@code application/problem+json}).
 *
 * <p>It runs last among the controller advices so that a module's own, more specific handlers win. Failures of
 * pages are re-thrown untouched: Spring MVC then sends the error status and Boot renders the friendly error page.
 * Security exceptions are re-thrown too, so that Spring Security answers them (401 or 403).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception exception, HttpServletRequest request) throws Exception {
        if (!isApiRequest(request) || isSecurityException(exception)) {
            throw exception;
        }
        ProblemDetail problem = ApiProblems.of(exception);
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

    private static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean isSecurityException(Exception exception) {
        return exception instanceof AccessDeniedException || exception instanceof AuthenticationException;
    }

    private static HttpHeaders headersOf(Exception exception) {
        return exception instanceof ErrorResponse errorResponse ? errorResponse.getHeaders() : HttpHeaders.EMPTY;
    }
}
