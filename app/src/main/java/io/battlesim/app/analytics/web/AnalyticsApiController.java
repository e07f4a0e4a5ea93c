package io.battlesim.app.analytics.web;

import io.battlesim.app.analytics.CreatorAnalyses;
import io.battlesim.app.analytics.compute.BattleAnalytics;
import io.battlesim.app.analytics.compute.CreatorAnalytics;
import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.leaderboard.Csv;
import io.battlesim.app.leaderboard.Leaderboards;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Battle and creator analytics as JSON, and each of their tables as CSV. */
@RestController
@Tag(
        name = "Analytics",
        description = "How a finished (or running) battle went, and how a creator's battles go; every table as CSV")
class AnalyticsApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String HIDDEN =
            "A battle its owner took off the public boards answers 404 to everyone but its owner (signed in, or with"
                    + " its X-Control-Token).";

    private final AnalyticsAccess access;
    private final CreatorAnalyses creators;
    private final Leaderboards boards;

    AnalyticsApiController(AnalyticsAccess access, CreatorAnalyses creators, Leaderboards boards) {
        this.access = access;
        this.creators = creators;
        this.boards = boards;
    }

    @Operation(
            summary = "A battle's analytics",
            description = "Scores over time (at most 2,000 points plus every lead change), lead changes, gifts by type"
                    + " and value band, top gifters per side, snipes, each booster's effect and the replay's timeline."
                    + " A finished battle's are computed once from its event log; a running battle's are the figures"
                    + " so far. " + HIDDEN)
    @GetMapping("/api/battles/{id}/analytics")
    BattleAnalytics battle(
            @PathVariable String id,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @RequestHeader(name = "X-Control-Token", required = false) @Nullable String controlToken) {
        return access.battle(id, user, controlToken).analytics();
    }

    @Operation(
            summary = "One table of a battle's analytics as CSV",
            description = "table: scores, lead-changes, leaderboard, top-gifters, gift-types, value-bands, snipes or"
                    + " boosters. Cells are quoted; a cell a spreadsheet would run as a formula starts with an"
                    + " apostrophe. " + HIDDEN,
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    @GetMapping("/api/battles/{id}/analytics/{table}.csv")
    ResponseEntity<String> battleCsv(
            @PathVariable String id,
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "scores",
                                                "lead-changes",
                                                "leaderboard",
                                                "top-gifters",
                                                "gift-types",
                                                "value-bands",
                                                "snipes",
                                                "boosters"
                                            }))
                    @PathVariable
                    String table,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @RequestHeader(name = "X-Control-Token", required = false) @Nullable String controlToken) {
        BattleAnalytics analytics = access.battle(id, user, controlToken).analytics();
        List<List<?>> rows = AnalyticsTables.battle(table, analytics, boards.battleGifters(id, 500))
                .orElseThrow(() -> unknownTable(AnalyticsTables.BATTLE));
        return csv("battle-" + id + "-" + table, rows);
    }

    @Operation(
            summary = "A creator's analytics",
            description = "Record and average margin (all time), best supporters (all time), and from the latest 200"
                    + " finished battles on the public boards: gifts by UTC hour and weekday, the gift mix, and how"
                    + " battles ended (snipes, comebacks).")
    @GetMapping("/api/creators/{username}/analytics")
    CreatorAnalytics creator(
            @Parameter(description = "The creator's TikTok username, with or without @") @PathVariable
                    String username) {
        return creators.of(AnalyticsAccess.creator(username));
    }

    @Operation(
            summary = "One table of a creator's analytics as CSV",
            description = "table: supporters, hours, weekdays, gift-mix or battles (the latest 20).",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    @GetMapping("/api/creators/{username}/analytics/{table}.csv")
    ResponseEntity<String> creatorCsv(
            @PathVariable String username,
            @Parameter(schema = @Schema(allowableValues = {"supporters", "hours", "weekdays", "gift-mix", "battles"}))
                    @PathVariable
                    String table) {
        String creator = AnalyticsAccess.creator(username);
        List<List<?>> rows = AnalyticsTables.creator(table, creators.of(creator))
                .orElseThrow(() -> unknownTable(AnalyticsTables.CREATOR));
        return csv("creator-" + creator + "-" + table, rows);
    }

    private static ResponseEntity<String> csv(String name, List<List<?>> rows) {
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"")
                .body(Csv.of(rows));
    }

    private static ErrorResponseException unknownTable(List<String> tables) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "There is no table of that name; the tables are " + String.join(", ", tables) + ".");
        problem.setTitle("Table not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
