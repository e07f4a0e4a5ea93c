package io.battlesim.app.auth.web;

import io.battlesim.app.auth.account.ConsentRequiredException;
import io.battlesim.tiktok.client.TikTokApiException;
import io.battlesim.tiktok.client.TikTokException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the auth API's expected failures to problem details: TikTok's error code goes in {@code tiktokError}
 * (with {@code tiktokLogId}), never a token. Runs before the site's catch-all handler.
 */
@RestControllerAdvice(assignableTypes = {AuthApiController.class, MobileTokenController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthApiProblems {

    private static final Logger log = LoggerFactory.getLogger(AuthApiProblems.class);
    private static final Set<String> CALLER_MISTAKES = Set.of("invalid_grant", "invalid_request", "invalid_scope");

    @ExceptionHandler(AuthProblem.class)
    ResponseEntity<ProblemDetail> onAuthProblem(AuthProblem problem, HttpServletRequest request) {
        return respond(problem.problem(), request);
    }

    @ExceptionHandler(ConsentRequiredException.class)
    ResponseEntity<ProblemDetail> onConsentRequired(ConsentRequiredException e, HttpServletRequest request) {
        ProblemDetail problem = AuthProblem.detail(
                HttpStatus.FORBIDDEN,
                "consent-required",
                "Consent required",
                "First sign-in needs ageConfirmed=true and consentAccepted=true (see /privacy). Nothing was stored"
                        + " and the TikTok authorization was revoked: ask the user, then sign in again.");
        return respond(problem, request);
    }

    @ExceptionHandler(TikTokApiException.class)
    ResponseEntity<ProblemDetail> onTikTokError(TikTokApiException e, HttpServletRequest request) {
        log.warn(
                "TikTok refused {} {}: {} (log_id {})",
                request.getMethod(),
                request.getRequestURI(),
                e.errorCode(),
                e.logId());
        HttpStatus status = statusFor(e);
        ProblemDetail problem = AuthProblem.detail(
                status,
                status.is5xxServerError() ? "tiktok-unavailable" : "tiktok-refused",
                status.is5xxServerError() ? "TikTok is unavailable" : "TikTok refused the request",
                "TikTok answered " + e.errorCode() + ".");
        problem.setProperty("tiktokError", e.errorCode());
        if (e.logId() != null) {
            problem.setProperty("tiktokLogId", e.logId());
        }
        return respond(problem, request);
    }

    @ExceptionHandler(TikTokException.class)
    ResponseEntity<ProblemDetail> onTikTokUnreachable(TikTokException e, HttpServletRequest request) {
        log.warn("TikTok unreachable during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return respond(
                AuthProblem.detail(
                        HttpStatus.BAD_GATEWAY,
                        "tiktok-unavailable",
                        "TikTok is unavailable",
                        "TikTok could not be reached. Try again later."),
                request);
    }

    private static HttpStatus statusFor(TikTokApiException e) {
        if (e.retryable()) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (e.isAccessTokenInvalid()) {
            return HttpStatus.UNAUTHORIZED;
        }
        if (CALLER_MISTAKES.contains(e.errorCode())) {
            return HttpStatus.BAD_REQUEST;
        }
        // invalid_client and friends: our own configuration is wrong, not the caller's request.
        log.error("TikTok rejected the app's credentials or configuration: {} (log_id {})", e.errorCode(), e.logId());
        return HttpStatus.BAD_GATEWAY;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
