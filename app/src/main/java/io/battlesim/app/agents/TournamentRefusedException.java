package io.battlesim.app.agents;

import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A tournament request that is well-formed but refused now: another of the user's tournaments is still queued or
 * running (409), the tournament is over (409), the user does not own it (403) or the queue is full (503).
 */
public final class TournamentRefusedException extends ErrorResponseException {

    private TournamentRefusedException(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    static TournamentRefusedException alreadyActive(long activeId) {
        TournamentRefusedException refused = new TournamentRefusedException(
                HttpStatus.CONFLICT,
                "Tournament already running",
                "You already have a tournament queued or running (#" + activeId
                        + "): wait for it to end, or cancel it, before starting another.");
        refused.getBody().setProperty("activeTournamentId", activeId);
        return refused;
    }

    static TournamentRefusedException over(TournamentStatus status) {
        return new TournamentRefusedException(
                HttpStatus.CONFLICT,
                "Tournament over",
                "The tournament is already over (" + status.name() + "): there is nothing to cancel.");
    }

    static TournamentRefusedException notOwner() {
        return new TournamentRefusedException(
                HttpStatus.FORBIDDEN, "Not your tournament", "Only the user who started a tournament may cancel it.");
    }

    static TournamentRefusedException queueFull(int queued) {
        return new TournamentRefusedException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Tournament queue full",
                queued + " tournaments are waiting already; try again in a few minutes.");
    }

    /** The status of the answer: 403, 409 or 503. */
    public HttpStatus status() {
        return HttpStatus.valueOf(getStatusCode().value());
    }

    /** The sentence for the person who asked. */
    public String detail() {
        return Objects.requireNonNullElse(getBody().getDetail(), "Refused.");
    }

    @Override
    public String getMessage() {
        return detail();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
