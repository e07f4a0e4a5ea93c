package io.battlesim.app.agents.web;

import io.battlesim.app.agents.TournamentRequest;
import io.battlesim.app.agents.TournamentService;
import io.battlesim.app.agents.TournamentView;
import io.battlesim.app.auth.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tournament JSON API: anyone reads, a signed-in user starts and cancels their own. */
@RestController
@RequestMapping("/api/tournaments")
@Tag(
        name = "Tournaments",
        description = "Round-robin or Swiss tournaments between AI battle agents, played as simulated battles in the"
                + " background and rated with Glicko-2; finished ones feed the top AI agents board")
class TournamentApiController {

    private final TournamentService tournaments;

    TournamentApiController(TournamentService tournaments) {
        this.tournaments = tournaments;
    }

    @Operation(
            summary = "Start a tournament",
            description = "Signed in only (a tournament costs CPU). Stores the tournament QUEUED and plays it in the"
                    + " background, one tournament at a time per node; 201 with its Location. 400 names every wrong"
                    + " field (errors: [{field, message}]); 409 when you already have a tournament queued or"
                    + " running; 503 when the queue is full.")
    @PostMapping
    ResponseEntity<TournamentResponses.Tournament> start(
            @RequestBody TournamentRequest request, @AuthenticationPrincipal @Nullable SignedInUser user) {
        TournamentView started = tournaments.start(request, signedIn(user).id());
        return ResponseEntity.created(URI.create("/api/tournaments/" + started.id()))
                .body(TournamentResponses.Tournament.of(started));
    }

    @Operation(summary = "List tournaments, newest first")
    @GetMapping
    List<TournamentResponses.Item> list(
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw invalid("limit", "limit must be between 1 and 100.");
        }
        return tournaments.list(limit).stream()
                .map(TournamentResponses.Item::of)
                .toList();
    }

    @Operation(
            summary = "A tournament with its status, progress and standings",
            description = "Poll it while the status is QUEUED or RUNNING; standings appear when it finishes, is"
                    + " cancelled or interrupted by a graceful stop.")
    @GetMapping("/{id}")
    TournamentResponses.Tournament find(@PathVariable long id) {
        return TournamentResponses.Tournament.of(tournaments.require(id));
    }

    @Operation(
            summary = "Cancel a queued or running tournament",
            description = "Its owner only (403 otherwise); 409 when it is over already. The status becomes"
                    + " CANCELLED and the standings so far are kept (they feed no rating).")
    @PostMapping("/{id}/cancel")
    TournamentResponses.Tournament cancel(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user) {
        return TournamentResponses.Tournament.of(
                tournaments.cancel(id, signedIn(user).id()));
    }

    /** The security chain lets only signed-in users post here; this makes sure. */
    private static SignedInUser signedIn(@Nullable SignedInUser user) {
        if (user == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED, "Sign in with TikTok to start or cancel a tournament.");
            problem.setTitle("Sign-in required");
            throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
        }
        return user;
    }

    private static ErrorResponseException invalid(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", parameter);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
