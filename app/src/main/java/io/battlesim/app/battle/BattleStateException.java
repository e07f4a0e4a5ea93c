package io.battlesim.app.battle;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The battle is not in a state that allows the request (starting a running battle, ending one that never
 * started); the API answers 409 problem+json.
 */
public final class BattleStateException extends ErrorResponseException {

    private final String reason;

    public BattleStateException(String reason) {
        super(HttpStatus.CONFLICT, problem(reason), null);
        this.reason = reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }

    private static ProblemDetail problem(String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason);
        problem.setTitle("Battle state conflict");
        return problem;
    }
}
