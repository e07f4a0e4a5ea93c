package io.battlesim.app.leaderboard.web;

import io.battlesim.app.agents.AgentRatings;
import io.battlesim.app.leaderboard.CreatorEntry;
import io.battlesim.app.leaderboard.CreatorOrder;
import io.battlesim.app.leaderboard.Csv;
import io.battlesim.app.leaderboard.GifterEntry;
import io.battlesim.app.leaderboard.GifterRank;
import io.battlesim.app.leaderboard.LeaderboardSettings;
import io.battlesim.app.leaderboard.Leaderboards;
import io.battlesim.app.leaderboard.Window;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The leaderboards as JSON and CSV. */
@RestController
@RequestMapping("/api/leaderboards")
@Tag(name = "Leaderboards", description = "Top gifters, creators and AI agents, by UTC day, week, month or all time")
class LeaderboardApiController {

    private static final String WINDOW_DOC = "today, week (from Monday, UTC), month or all; week when absent";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Leaderboards boards;
    private final LeaderboardSettings settings;
    private final AgentRatings agentRatings;

    LeaderboardApiController(Leaderboards boards, LeaderboardSettings settings, AgentRatings agentRatings) {
        this.boards = boards;
        this.settings = settings;
        this.agentRatings = agentRatings;
    }

    @Operation(summary = "Top gifters of the platform, or of one creator")
    @GetMapping("/gifters")
    BoardResponses.GifterBoard gifters(
            @Parameter(description = WINDOW_DOC) @RequestParam(required = false) @Nullable String window,
            @Parameter(description = "A creator's TikTok username for their board; the platform's when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String creator,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Lines to skip from the top") @RequestParam(defaultValue = "0") long offset) {
        Window chosen = BoardParams.window(window);
        String board = BoardParams.username("creator", creator);
        int lines = BoardParams.limit(limit);
        long skip = BoardParams.offset(offset);
        return new BoardResponses.GifterBoard(
                chosen.param(),
                chosen.start(boards.today()),
                board == null ? null : Leaderboards.normalise(board),
                lines,
                skip,
                boards.topGifters(board, chosen, lines, skip));
    }

    @Operation(
            summary = "A gifter's rank by TikTok username, with the gifters just above and below",
            description = "404 when the username gave nothing on that board in the window.")
    @GetMapping("/gifters/rank")
    GifterRank rank(
            @Parameter(description = "The gifter's TikTok username, with or without @") @RequestParam String username,
            @Parameter(description = WINDOW_DOC) @RequestParam(required = false) @Nullable String window,
            @Parameter(description = "A creator's username for their board; the platform's when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String creator) {
        String gifter = BoardParams.username("username", username);
        if (gifter == null) {
            throw BoardParams.invalid("username", "must not be blank");
        }
        Window chosen = BoardParams.window(window);
        return boards.rankOf(BoardParams.username("creator", creator), chosen, gifter)
                .orElseThrow(() -> BoardParams.notFound(
                        "Not on this board",
                        "@" + Leaderboards.normalise(gifter) + " sent no gifts on this board "
                                + chosen.label().toLowerCase() + "."));
    }

    @Operation(summary = "Top creators by wins, win rate or coins received")
    @GetMapping("/creators")
    BoardResponses.CreatorBoard creators(
            @Parameter(description = WINDOW_DOC) @RequestParam(required = false) @Nullable String window,
            @Parameter(description = "wins (default), winRate or coins") @RequestParam(required = false) @Nullable
                    String order,
            @Parameter(description = "For winRate: least finished battles in the window (default 3)")
                    @RequestParam(required = false)
                    @Nullable
                    Integer minBattles,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") int limit) {
        Window chosen = BoardParams.window(window);
        CreatorOrder by = BoardParams.order(order);
        int least = minBattles == null ? settings.minBattlesForWinRate() : minBattles;
        if (least < 1 || least > 10_000) {
            throw BoardParams.invalid("minBattles", "must be between 1 and 10000");
        }
        return new BoardResponses.CreatorBoard(
                chosen.param(),
                chosen.start(boards.today()),
                by.param(),
                least,
                boards.topCreators(chosen, by, least, BoardParams.limit(limit)));
    }

    @Operation(
            summary = "Top AI agents by rating",
            description = "Agents of finished tournaments (/api/tournaments), best Glicko-2 rating first. An agent is"
                    + " its name, strategy, budget and tunables; it shows the rating of its latest finished tournament"
                    + " and its games and win rate over all of them. Empty until a tournament finishes.")
    @GetMapping("/agents")
    BoardResponses.AgentBoard agents(
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") int limit) {
        return new BoardResponses.AgentBoard(
                agentRatings.top(BoardParams.limit(limit)).stream()
                        .map(BoardResponses.AgentEntry::of)
                        .toList(),
                AgentRatings.METHOD);
    }

    @Operation(summary = "A gifter board as CSV", description = "The same parameters as /api/leaderboards/gifters.")
    @GetMapping(path = "/gifters.csv", produces = "text/csv")
    ResponseEntity<String> giftersCsv(
            @RequestParam(required = false) @Nullable String window,
            @RequestParam(required = false) @Nullable String creator,
            @RequestParam(defaultValue = "500") int limit,
            @RequestParam(defaultValue = "0") long offset) {
        BoardResponses.GifterBoard board = gifters(window, creator, limit, offset);
        StringBuilder csv = new StringBuilder(Csv.line(List.of("rank", "username", "name", "coins", "gifts")));
        for (GifterEntry entry : board.entries()) {
            csv.append(
                    Csv.line(List.of(entry.rank(), entry.uniqueId(), entry.nickname(), entry.coins(), entry.gifts())));
        }
        return csv("gifters-" + board.window() + (board.creator() == null ? "" : "-" + board.creator()), csv);
    }

    @Operation(
            summary = "The creators board as CSV",
            description = "The same parameters as /api/leaderboards/creators.")
    @GetMapping(path = "/creators.csv", produces = "text/csv")
    ResponseEntity<String> creatorsCsv(
            @RequestParam(required = false) @Nullable String window,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable Integer minBattles,
            @RequestParam(defaultValue = "500") int limit) {
        BoardResponses.CreatorBoard board = creators(window, order, minBattles, limit);
        StringBuilder csv = new StringBuilder(Csv.line(List.of(
                "rank", "creator", "battles", "wins", "losses", "ties", "win_rate", "average_margin", "coins")));
        for (CreatorEntry entry : board.entries()) {
            csv.append(Csv.line(List.of(
                    entry.rank(),
                    entry.creator(),
                    entry.battles(),
                    entry.wins(),
                    entry.losses(),
                    entry.ties(),
                    String.format(java.util.Locale.ROOT, "%.4f", entry.winRate()),
                    String.format(java.util.Locale.ROOT, "%.1f", entry.averageMargin()),
                    entry.coins())));
        }
        return csv("creators-" + board.window() + "-" + board.order(), csv);
    }

    private static ResponseEntity<String> csv(String name, StringBuilder body) {
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"")
                .body(body.toString());
    }
}
