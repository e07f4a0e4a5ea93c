package io.battlesim.app.audience.web;

import io.battlesim.app.audience.AudienceView;
import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.AudienceSettings;
import io.battlesim.app.battle.BattleAudience;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleNotFoundException;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.InvalidBattleSetupException;
import io.battlesim.app.battle.VoteAnswer;
import io.battlesim.app.battle.VoteRefusals;
import io.battlesim.app.ratelimit.ClientAddress;
import io.battlesim.app.ratelimit.Limited;
import io.battlesim.app.ratelimit.RateLimits;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.RejectReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Viewers' votes and the creator's audience rules. */
@RestController
@Tag(name = "Audience", description = "Viewers vote for a side and fill booster goals during a battle")
class AudienceApiController {

    private static final Pattern VOTE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern SIDE_ID = Pattern.compile("s[1-8]");
    private static final String CONTROL_HEADER = "X-Control-Token";

    private final BattleManagement battles;
    private final BattleAudience audience;
    private final Viewers viewers;
    private final RateLimits limits;

    AudienceApiController(BattleManagement battles, BattleAudience audience, Viewers viewers, RateLimits limits) {
        this.battles = battles;
        this.audience = audience;
        this.viewers = viewers;
        this.limits = limits;
    }

    /**
     * The answer to a counted vote.
     *
     * @param status always {@code counted}: the vote is logged with the battle's events and in the totals
     * @param side the side voted for
     * @param booster the booster goal it filled, or null
     * @param audience the votes and goals after it
     */
    record Counted(
            @Schema(example = "counted") String status,
            String side,
            @Nullable PowerUpKind booster,
            AudienceView audience) {}

    @Operation(
            summary = "Vote for a side (and fill a booster goal)",
            description = "Needs the viewer cookie the viewer page /v/{id} hands out, or a TikTok sign-in. 200 means"
                    + " the vote counted: it is in the battle's event log and in the totals every page shows. Any"
                    + " other answer means it did not count: 429 when the viewer already used the votes of the"
                    + " current window (Retry-After) or the address sent too many votes; 409 when the battle is not"
                    + " running, audience voting is off, the booster is cooling down or active, or the same voteId"
                    + " was received before (property reason names the rule); 400 for a bad body; 403 without a"
                    + " viewer cookie or sign-in.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Counted"),
                @ApiResponse(
                        responseCode = "409",
                        description = "Not counted",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "429",
                        description = "Not counted: too soon",
                        content = @Content(mediaType = "application/problem+json"))
            })
    @PostMapping("/api/battles/{id}/votes")
    Counted vote(
            @PathVariable String id,
            @RequestBody(required = false) AudienceRequests.@Nullable Vote body,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            HttpServletRequest request) {
        limits.require(Limited.VOTES, ClientAddress.of(request.getRemoteAddr()));
        if (body == null || body.side() == null || !SIDE_ID.matcher(body.side()).matches()) {
            throw new InvalidBattleSetupException("side", "must name a side of the battle: s1, s2, …");
        }
        if (body.voteId() != null && !VOTE_ID.matcher(body.voteId()).matches()) {
            throw new InvalidBattleSetupException("voteId", "must be 1 to 64 letters, digits, - or _");
        }
        String voterId = viewers.voterId(request, user)
                .orElseThrow(() -> problem(
                        HttpStatus.FORBIDDEN,
                        "Viewer cookie missing",
                        "Open the battle's viewer page /v/" + id + " first (it hands out the viewer cookie votes need),"
                                + " or sign in with TikTok.",
                        null));
        String voteId = body.voteId() == null ? UUID.randomUUID().toString() : body.voteId();
        VoteAnswer answer = audience.vote(id, voteId, voterId, body.side(), body.booster());
        return switch (answer.outcome()) {
            case COUNTED ->
                new Counted(
                        "counted",
                        body.side(),
                        body.booster(),
                        AudienceView.of(Objects.requireNonNull(answer.audience())));
            case REFUSED -> throw refused(id, Objects.requireNonNull(answer.reason()));
            case DUPLICATE ->
                throw problem(
                        HttpStatus.CONFLICT,
                        "Vote already received",
                        "A vote with this voteId was received before; it was not counted again.",
                        "DUPLICATE");
            case CLOSED ->
                throw answer.reason() == RejectReason.NOT_LIVE
                        ? problem(HttpStatus.CONFLICT, "Not started", "The battle has not started yet.", "NOT_LIVE")
                        : problem(HttpStatus.CONFLICT, "Battle over", "The battle is over.", "ENDED");
        };
    }

    @Operation(summary = "The audience's votes and goals", description = "Public, like the scoreboard.")
    @GetMapping("/api/battles/{id}/audience")
    AudienceView current(@PathVariable String id) {
        return AudienceView.of(battle(id).snapshot().audience());
    }

    @Operation(
            summary = "Change the audience rules of a running battle",
            description = "For the battle's owner (or the holder of its control token). The change is logged with"
                    + " the battle's events; goals keep their progress. Fields left out take the standard rules.")
    @PutMapping("/api/battles/{id}/audience")
    AudienceView change(
            @PathVariable String id,
            @RequestBody AudienceSettings body,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @Parameter(description = "The control token of a battle created without signing in")
                    @RequestHeader(name = CONTROL_HEADER, required = false)
                    @Nullable
                    String controlToken) {
        BattleView battle = battle(id);
        if (!battles.controls(battle, user == null ? null : user.id(), controlToken)) {
            throw problem(
                    user == null && controlToken == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
                    "Not your battle",
                    "Only the battle's owner (or the holder of its control token) may change the audience rules.",
                    null);
        }
        AudienceRules rules;
        try {
            rules = body.toRules();
        } catch (IllegalArgumentException e) {
            throw new InvalidBattleSetupException("audience", e.getMessage());
        }
        return AudienceView.of(audience.changeRules(id, rules));
    }

    private BattleView battle(String id) {
        return battles.find(id).orElseThrow(() -> new BattleNotFoundException(id));
    }

    private ErrorResponseException refused(String battleId, RejectReason reason) {
        AudienceRules rules = audience.rules(battleId);
        String detail = VoteRefusals.explain(reason, rules);
        if (reason == RejectReason.VOTE_TOO_SOON) {
            ErrorResponseException tooSoon =
                    problem(HttpStatus.TOO_MANY_REQUESTS, "Vote not counted", detail, reason.name());
            tooSoon.getHeaders()
                    .set(
                            HttpHeaders.RETRY_AFTER,
                            Long.toString(rules.voteWindow().toSeconds()));
            return tooSoon;
        }
        HttpStatus status = reason == RejectReason.UNKNOWN_SIDE ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        return problem(status, "Vote not counted", detail, reason.name());
    }

    private static ErrorResponseException problem(
            HttpStatus status, String title, String detail, @Nullable String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (reason != null) {
            problem.setProperty("reason", reason);
        }
        return new ErrorResponseException(status, problem, null);
    }
}
