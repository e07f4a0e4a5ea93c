package io.battlesim.app.battle.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleNotFoundException;
import io.battlesim.app.battle.BattleStateException;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.InvalidBattleSetupException;
import io.battlesim.engine.powerup.TriggeredBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The battle JSON API. */
@RestController
@RequestMapping("/api/battles")
@Tag(name = "Battles", description = "Create, start, follow and end live battles")
class BattleApiController {

    private static final int DEFAULT_LIMIT = 50;
    private static final String CONTROL_TOKEN_DOC = "The control token returned when the battle was created without"
            + " signing in; the signed-in owner needs none.";

    private final BattleManagement battles;
    private final BattleApiAccess access;
    private final String publicUrl;

    BattleApiController(
            BattleManagement battles, BattleApiAccess access, @Value("${app.public-url}") String publicUrl) {
        this.battles = battles;
        this.access = access;
        this.publicUrl = publicUrl;
    }

    @Operation(
            summary = "Create a battle",
            description = "Creates a battle (SCHEDULED, or LIVE at once with start: true) and returns its secret"
                    + " ingest key. The same in emulator and real mode: signed in (session or bearer app session),"
                    + " you own the battle and alone control it; without signing in, the answer carries a"
                    + " controlToken, shown only this once, that start, end and power-ups need as the "
                    + BattleApiAccess.CONTROL_HEADER + " header (nobody else can control that battle).")
    @PostMapping
    ResponseEntity<BattleResponses.Created> create(
            @Valid @RequestBody BattleRequests.CreateBattle request,
            @AuthenticationPrincipal @Nullable SignedInUser user) {
        Long owner = user == null ? null : user.id();
        BattleView view = battles.create(request.toSetup(owner));
        if (request.startNow()) {
            view = battles.start(view.id());
        }
        var body = new BattleResponses.Created(
                BattleResponses.Battle.of(view, true),
                battles.ingestKey(view.id()),
                owner == null ? battles.controlToken(view.id()) : null,
                publicUrl + "/api/battles/" + view.id() + "/events",
                publicUrl + "/battles/" + view.id(),
                publicUrl + "/overlay/" + view.overlayToken());
        return ResponseEntity.created(URI.create("/api/battles/" + view.id())).body(body);
    }

    @Operation(
            summary = "A battle with its live state (scores, timer, supporters, boosters)",
            description = "overlayToken only for the battle's controller (its owner, or the control token's holder).")
    @GetMapping("/{id}")
    BattleResponses.Battle find(
            @PathVariable String id,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @Parameter(description = CONTROL_TOKEN_DOC)
                    @RequestHeader(name = BattleApiAccess.CONTROL_HEADER, required = false)
                    @Nullable
                    String controlToken) {
        BattleView view = require(id);
        return BattleResponses.Battle.of(view, access.controls(view, user, controlToken));
    }

    @Operation(
            summary = "Start a scheduled battle",
            description = "The battle's owner, or the control token's holder for a battle created without signing in.")
    @PostMapping("/{id}/start")
    BattleResponses.Battle start(
            @PathVariable String id,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @Parameter(description = CONTROL_TOKEN_DOC)
                    @RequestHeader(name = BattleApiAccess.CONTROL_HEADER, required = false)
                    @Nullable
                    String controlToken) {
        access.requireControl(require(id), user, controlToken);
        return BattleResponses.Battle.of(battles.start(id), true);
    }

    @Operation(
            summary = "End a running battle now",
            description = "Saves the result; ending an ended battle returns it unchanged. The battle's owner, or the"
                    + " control token's holder for a battle created without signing in.")
    @PostMapping("/{id}/end")
    BattleResponses.Battle end(
            @PathVariable String id,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @Parameter(description = CONTROL_TOKEN_DOC)
                    @RequestHeader(name = BattleApiAccess.CONTROL_HEADER, required = false)
                    @Nullable
                    String controlToken) {
        access.requireControl(require(id), user, controlToken);
        return BattleResponses.Battle.of(battles.end(id), true);
    }

    @Operation(
            summary = "Delete a finished battle",
            description = "Deletes the battle with its event log and result, and takes its gifts and result off every"
                    + " leaderboard. Only a finished battle (409 otherwise: end it first). The battle's owner, or the"
                    + " control token's holder for a battle created without signing in.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable String id,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @Parameter(description = CONTROL_TOKEN_DOC)
                    @RequestHeader(name = BattleApiAccess.CONTROL_HEADER, required = false)
                    @Nullable
                    String controlToken) {
        access.requireControl(require(id), user, controlToken);
        battles.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Trigger a booster for a side",
            description = "The battle's controller (its owner, or the control token's holder) triggers as the"
                    + " creator; any other signed-in user as the audience, for the boosters the battle's rules open"
                    + " to viewers; a stranger who is not signed in gets 401. While audience voting is on, viewers"
                    + " fire boosters only by filling their goals (POST /api/battles/{id}/votes): a viewer's direct"
                    + " trigger gets 409. A refusal by the rules is a 200 answer with result \"refused\" and the"
                    + " reason.")
    @PostMapping("/{id}/power-ups")
    BattleResponses.PowerUp triggerPowerUp(
            @PathVariable String id,
            @Valid @RequestBody BattleRequests.TriggerPowerUp request,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @Parameter(description = CONTROL_TOKEN_DOC)
                    @RequestHeader(name = BattleApiAccess.CONTROL_HEADER, required = false)
                    @Nullable
                    String controlToken) {
        BattleView view = require(id);
        TriggeredBy by = access.triggerer(view, user, controlToken);
        if (view.snapshot().side(request.sideId()) == null) {
            throw new InvalidBattleSetupException("sideId", "is not a side of this battle");
        }
        if (by == TriggeredBy.AUDIENCE && view.snapshot().audience().enabled()) {
            // one viewer alone must not fire what the audience fires together
            throw new BattleStateException("Audience voting is on: viewers fire boosters by voting for them"
                    + " (POST /api/battles/" + id + "/votes, or the viewer page /v/" + id + ").");
        }
        var result = battles.triggerPowerUp(id, request.sideId(), request.kind(), by);
        return BattleResponses.PowerUp.of(result, request.sideId(), request.kind());
    }

    @Operation(
            summary = "List battles",
            description = "Running battles first (newest first), then finished ones"
                    + " (newest first); or only those of one status.")
    @GetMapping
    List<BattleResponses.Item> list(
            @Parameter(description = "SCHEDULED, LIVE or ENDED; all when absent")
                    @RequestParam(required = false)
                    @Nullable
                    BattleStatus status,
            @Parameter(description = "At most this many of each status (1 to 500)") @RequestParam(defaultValue = "50")
                    int limit) {
        int max = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, 500);
        List<BattleResponses.Item> items = new ArrayList<>();
        if (status == null || status == BattleStatus.LIVE) {
            battles.running().stream().limit(max).map(BattleResponses.Item::of).forEach(items::add);
        }
        if (status == BattleStatus.SCHEDULED) {
            battles.scheduled(max).stream().map(BattleResponses.Item::of).forEach(items::add);
        }
        if (status == null || status == BattleStatus.ENDED) {
            battles.history(max).stream().map(BattleResponses.Item::of).forEach(items::add);
        }
        return items;
    }

    /** A query parameter of the wrong type (an unknown status): 400 naming it, not a 500. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> onTypeMismatch(MethodArgumentTypeMismatchException mismatch) {
        var problem = new InvalidBattleSetupException(mismatch.getName(), "has an invalid value").getBody();
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private BattleView require(String id) {
        return battles.find(id).orElseThrow(() -> new BattleNotFoundException(id));
    }
}
