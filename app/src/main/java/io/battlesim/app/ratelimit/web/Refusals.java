package io.battlesim.app.ratelimit.web;

import io.battlesim.app.ratelimit.Limited;
import io.battlesim.app.ratelimit.RateDecision;
import io.battlesim.app.ratelimit.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 429 answer of a filter: {@code Retry-After} always; a problem detail on the API and webhooks; for pages the
 * site's error page (through the container's error dispatch), which reads the detail from a request attribute.
 */
final class Refusals {

    /** Request attribute with the refusal's detail for the error page ({@code templates/error/429.html}). */
    static final String DETAIL_ATTRIBUTE = "rateLimitDetail";

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final JsonMapper json;

    Refusals(JsonMapper json) {
        this.json = json;
    }

    /** Answers 429 when {@code decision} is a refusal; otherwise tells the tokens left and returns false. */
    boolean refuse(RateDecision decision, Limited limited, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (decision instanceof RateDecision.Allowed allowed) {
            response.setHeader(REMAINING_HEADER, Long.toString(allowed.remaining()));
            return false;
        }
        write((RateDecision.Refused) decision, limited, request, response);
        return true;
    }

    private void write(
            RateDecision.Refused refused, Limited limited, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        response.setHeader(REMAINING_HEADER, "0");
        if (!LimitedPaths.isApiOrWebhook(LimitedPaths.of(request))) {
            request.setAttribute(
                    DETAIL_ATTRIBUTE, TooManyRequestsException.detail(limited, refused.retryAfterSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        ProblemDetail problem = TooManyRequestsException.problem(limited, refused, request.getRequestURI());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // JSON is UTF-8 by definition (RFC 8259): bytes, so no charset parameter is needed.
        response.getOutputStream().write(json.writeValueAsBytes(body(problem)));
    }

    /** The problem's members flat, as RFC 9457 has them (a plain mapper would nest the extension properties). */
    private static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "type",
                problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", String.valueOf(problem.getInstance()));
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
