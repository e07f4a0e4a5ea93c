package io.battlesim.app.leaderboard.web;

import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.leaderboard.Leaderboards;
import io.battlesim.app.leaderboard.Window;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The leaderboard overlay for OBS, reached with a battle's overlay token: {@code ?board=battle} (default) shows the
 * battle's top gifters, {@code ?board=today|week|month|all} a creator's top gifters in that window ({@code
 * ?creator=} one of the battle's creators, the first side's by default); {@code ?limit=1..10}, {@code
 * ?theme=dark|light|neon}. Transparent, read-only, live.
 */
@Controller
class BoardOverlayController {

    private static final List<String> THEMES = List.of("dark", "light", "neon");

    private final BattleManagement battles;
    private final BoardStreams streams;

    BoardOverlayController(BattleManagement battles, BoardStreams streams) {
        this.battles = battles;
        this.streams = streams;
    }

    @GetMapping("/overlay/{token}/leaderboard")
    String overlay(
            @PathVariable String token,
            @RequestParam(required = false) @Nullable String board,
            @RequestParam(required = false) @Nullable String creator,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String theme,
            Model model) {
        BattleView battle = battle(token);
        OverlayBoard chosen = board(battle, board, creator, limit);
        model.addAttribute("title", chosen.title());
        model.addAttribute("subtitle", chosen.creator() == null ? battle.title() : "@" + chosen.creator());
        model.addAttribute("theme", theme != null && THEMES.contains(theme) ? theme : "dark");
        model.addAttribute(
                "streamUrl",
                "/overlay/" + token + "/leaderboard/stream?board="
                        + (chosen.window() == null ? "battle" : chosen.window().param())
                        + (chosen.creator() == null ? "" : "&creator=" + chosen.creator()) + "&limit="
                        + chosen.limit());
        return "overlay/leaderboard";
    }

    @GetMapping(path = "/overlay/{token}/leaderboard/stream", produces = "text/event-stream")
    @ResponseBody
    SseEmitter stream(
            @PathVariable String token,
            @RequestParam(required = false) @Nullable String board,
            @RequestParam(required = false) @Nullable String creator,
            @RequestParam(required = false) @Nullable String limit) {
        BattleView battle = battle(token);
        return streams.open(board(battle, board, creator, limit));
    }

    private BattleView battle(String token) {
        return battles.findByOverlayToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static OverlayBoard board(
            BattleView battle, @Nullable String board, @Nullable String creator, @Nullable String limit) {
        int lines = lines(limit);
        if (board == null || board.isBlank() || board.equalsIgnoreCase("battle")) {
            return new OverlayBoard(battle.id(), null, null, lines);
        }
        Window window = Window.parse(board).orElse(Window.WEEK);
        return new OverlayBoard(battle.id(), creatorOf(battle, creator), window, lines);
    }

    /** One of the battle's creators: the one asked for, else the first side's. */
    private static String creatorOf(BattleView battle, @Nullable String wanted) {
        List<String> creators = battle.setup().sides().stream()
                .map(SideSetup::rooms)
                .flatMap(List::stream)
                .map(RoomBinding::username)
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
        Optional<String> asked =
                Optional.ofNullable(wanted).map(Leaderboards::normalise).filter(creators::contains);
        return asked.orElse(creators.getFirst());
    }

    private static int lines(@Nullable String limit) {
        try {
            return limit == null ? 5 : Math.clamp(Integer.parseInt(limit.strip()), 1, 10);
        } catch (NumberFormatException notANumber) {
            return 5;
        }
    }
}
