package io.battlesim.app.battle;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A submission could not be made durable (the event log failed, or the app is shutting down); nothing was
 * acknowledged, so the sender may retry with the same event id. The API answers 503 problem+json.
 */
public final class BattleUnavailableException extends ErrorResponseException {

    private final String reason;

    public BattleUnavailableException(String reason, @Nullable Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
        this.reason = reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The battle cannot take events right now; retry shortly.");
        problem.setTitle("Battle unavailable");
        return problem;
    }
}
