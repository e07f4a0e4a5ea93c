package io.battlesim.app.leaderboard.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleNotFoundException;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.leaderboard.Leaderboards;
import io.battlesim.app.leaderboard.totals.BoardTotals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A battle's own board, and whether the battle counts on the public boards: its owner (or, for a battle created
 * without signing in, the holder of its control token) may take it off them and put it back.
 */
@RestController
@Tag(name = "Leaderboards")
class BattleBoardController {

    private final BattleManagement battles;
    private final Leaderboards boards;
    private final BoardTotals totals;

    BattleBoardController(BattleManagement battles, Leaderboards boards, BoardTotals totals) {
        this.battles = battles;
        this.boards = boards;
        this.totals = totals;
    }

    @Operation(
            summary = "A battle's gifters, most coins first",
            description = "A battle its owner took off the public boards answers 404 to everyone else.")
    @GetMapping("/api/battles/{id}/leaderboard")
    BoardResponses.BattleBoard board(
            @PathVariable String id,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @RequestHeader(name = "X-Control-Token", required = false) @Nullable String controlToken) {
        BattleView battle = battles.find(id).orElseThrow(() -> new BattleNotFoundException(id));
        boolean hidden = totals.hidden(id);
        if (hidden && !battles.controls(battle, user == null ? null : user.id(), controlToken)) {
            throw new BattleNotFoundException(id);
        }
        return new BoardResponses.BattleBoard(id, !hidden, boards.battleGifters(id, 100));
    }

    @Operation(
            summary = "Show or hide a battle on the public boards",
            description = "Hidden, the battle's gifts and result leave every public board (platform, creator,"
                    + " creators); its own board stays visible to its owner. The owner, or the control token's"
                    + " holder.")
    @PutMapping("/api/battles/{id}/leaderboard-visibility")
    BoardResponses.Visibility visibility(
            @PathVariable String id,
            @RequestBody BoardResponses.Visibility request,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @RequestHeader(name = "X-Control-Token", required = false) @Nullable String controlToken) {
        BattleView battle = battles.find(id).orElseThrow(() -> new BattleNotFoundException(id));
        if (!battles.controls(battle, user == null ? null : user.id(), controlToken)) {
            throw refused(user == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
        }
        if (request.visible()) {
            totals.show(id);
        } else {
            totals.hide(id);
        }
        return new BoardResponses.Visibility(!totals.hidden(id));
    }

    private static ErrorResponseException refused(HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, "Only the battle's owner (or its control token's holder) may do this.");
        problem.setTitle(status == HttpStatus.UNAUTHORIZED ? "Sign-in required" : "Forbidden");
        return new ErrorResponseException(status, problem, null);
    }
}
