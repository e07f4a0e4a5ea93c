package io.battlesim.app.agents;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A tournament request that breaks a rule, naming each offending field (such as {@code agents[2].budget}); the API
 * answers 400 problem+json with an {@code errors} list, the start form shows each message at its field.
 */
public final class InvalidTournamentException extends ErrorResponseException {

    private final List<FieldProblem> problems;

    public InvalidTournamentException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problem(problems), null);
        this.problems = List.copyOf(problems);
    }

    /**
     * What is wrong with one field.
     *
     * @param field the field's path in the request, such as {@code agents[0].strategy}
     * @param message what is wrong, written for the person who filled it in
     */
    public record FieldProblem(String field, String message) {

        public FieldProblem {
            Objects.requireNonNull(field, "field must not be null");
            Objects.requireNonNull(message, "message must not be null");
        }
    }

    /** Every problem found, by field; never empty. */
    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return "Invalid tournament: " + problems;
    }

    private static ProblemDetail problem(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid tournament needs at least one problem");
        }
        List<String> fields =
                problems.stream().map(FieldProblem::field).distinct().toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Invalid value for: " + String.join(", ", fields) + ".");
        problem.setTitle("Invalid tournament");
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList());
        return problem;
    }
}
