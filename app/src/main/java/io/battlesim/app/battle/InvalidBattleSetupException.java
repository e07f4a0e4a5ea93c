package io.battlesim.app.battle;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A battle setup (or trigger) that breaks a rule, naming the field; the API answers 400 problem+json. */
public final class InvalidBattleSetupException extends ErrorResponseException {

    private final String field;
    private final String reason;

    public InvalidBattleSetupException(String field, String reason) {
        super(HttpStatus.BAD_REQUEST, problem(field, reason), null);
        this.field = field;
        this.reason = reason;
    }

    /** The offending field's path, such as {@code sides[1].rooms}. */
    public String field() {
        return field;
    }

    @Override
    public String getMessage() {
        return field + " " + reason;
    }

    private static ProblemDetail problem(String field, String reason) {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid value for: " + field + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", reason)));
        return problem;
    }
}
