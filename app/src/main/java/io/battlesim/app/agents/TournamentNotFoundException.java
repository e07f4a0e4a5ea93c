package io.battlesim.app.agents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No tournament has the given id; the API answers 404 problem+json, pages the 404 page. */
public final class TournamentNotFoundException extends ErrorResponseException {

    private final long tournamentId;

    public TournamentNotFoundException(long tournamentId) {
        super(HttpStatus.NOT_FOUND, problem(), null);
        this.tournamentId = tournamentId;
    }

    @Override
    public String getMessage() {
        return "No tournament " + tournamentId;
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such tournament.");
        problem.setTitle("Tournament not found");
        return problem;
    }
}
