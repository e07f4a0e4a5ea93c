package io.battlesim.app.battle;

import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No battle has the given id (or overlay token); the API answers 404 problem+json, pages the 404 page. */
public final class BattleNotFoundException extends ErrorResponseException {

    private final String battleId;

    public BattleNotFoundException(String battleId) {
        super(HttpStatus.NOT_FOUND, problem(battleId), null);
        this.battleId = battleId;
    }

    /** The id that was asked for. */
    public String battleId() {
        return battleId;
    }

    @Override
    public String getMessage() {
        return "No battle " + battleId;
    }

    private static ProblemDetail problem(String battleId) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such battle.");
        problem.setTitle("Battle not found");
        return problem;
    }
}
