package io.battlesim.app.ratelimit;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request refused by a rate limit: 429 with {@code Retry-After} and a problem detail saying what was limited and
 * when to retry (never the key it was limited by).
 */
public class TooManyRequestsException extends ErrorResponseException {

    static final String TITLE = "Too many requests";

    private final long retryAfterSeconds;

    public TooManyRequestsException(Limited limited, RateDecision.Refused refused) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(limited, refused, null), null);
        this.retryAfterSeconds = refused.retryAfterSeconds();
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    /** Seconds until a retry can succeed, as in {@code Retry-After}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /**
     * The problem detail of a refusal.
     *
     * @param instance the request path, or null
     */
    public static ProblemDetail problem(Limited limited, RateDecision.Refused refused, @Nullable String instance) {
        long seconds = refused.retryAfterSeconds();
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail(limited, seconds));
        problem.setTitle(TITLE);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("retryAfterSeconds", seconds);
        return problem;
    }

    /** "Too many sign-in requests from your address. Try again in 6 seconds." */
    public static String detail(Limited limited, long retryAfterSeconds) {
        return "Too many " + limited.what() + ". Try again in " + retryAfterSeconds
                + (retryAfterSeconds == 1 ? " second." : " seconds.");
    }
}
