package io.battlesim.app.leaderboard.web;

import io.battlesim.app.agents.AgentRatings;
import io.battlesim.app.leaderboard.CreatorOrder;
import io.battlesim.app.leaderboard.GifterEntry;
import io.battlesim.app.leaderboard.LeaderboardSettings;
import io.battlesim.app.leaderboard.Leaderboards;
import io.battlesim.app.leaderboard.Window;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public leaderboards: the platform's top gifters by window with "find your rank", the top creators and the AI
 * agents; and a creator's own board.
 */
@Controller
class LeaderboardController {

    static final int PAGE_SIZE = 50;
    private static final int CREATORS_SHOWN = 20;
    private static final int AGENTS_SHOWN = 20;

    private final Leaderboards boards;
    private final LeaderboardSettings settings;
    private final AgentRatings agentRatings;

    LeaderboardController(Leaderboards boards, LeaderboardSettings settings, AgentRatings agentRatings) {
        this.boards = boards;
        this.settings = settings;
        this.agentRatings = agentRatings;
    }

    @GetMapping("/leaderboards")
    String leaderboards(
            @RequestParam(required = false) @Nullable String window,
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        Window chosen = BoardParams.window(window);
        CreatorOrder by = BoardParams.order(order);
        int pageNumber = Math.clamp(page, 1, (int) (BoardParams.MAX_OFFSET / PAGE_SIZE));
        addGifters(model, null, chosen, pageNumber);
        model.addAttribute("windowTabs", WindowTab.all(chosen, tab -> "/leaderboards?window=" + tab.param()));
        addRank(model, null, chosen, username);
        model.addAttribute("order", by);
        model.addAttribute("orders", CreatorOrder.values());
        model.addAttribute("minBattles", settings.minBattlesForWinRate());
        model.addAttribute("creators", boards.topCreators(chosen, by, settings.minBattlesForWinRate(), CREATORS_SHOWN));
        model.addAttribute("agents", agentRatings.top(AGENTS_SHOWN));
        model.addAttribute("agentsMethod", AgentRatings.METHOD);
        return "leaderboards/index";
    }

    @GetMapping("/leaderboards/creators/{username}")
    String creator(
            @PathVariable String username,
            @RequestParam(required = false) @Nullable String window,
            @RequestParam(name = "gifter", required = false) @Nullable String gifter,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        String creator = BoardParams.username("creator", username);
        if (creator == null) {
            throw BoardParams.invalid("creator", "must not be blank");
        }
        Window chosen = BoardParams.window(window);
        String normalised = Leaderboards.normalise(creator);
        model.addAttribute("creator", normalised);
        model.addAttribute("record", boards.creator(normalised, chosen).orElse(null));
        model.addAttribute("allTime", boards.creator(normalised, Window.ALL).orElse(null));
        addGifters(model, normalised, chosen, Math.clamp(page, 1, (int) (BoardParams.MAX_OFFSET / PAGE_SIZE)));
        String path = org.springframework.web.util.UriComponentsBuilder.fromPath("/leaderboards/creators/{creator}")
                .buildAndExpand(normalised)
                .encode()
                .toUriString();
        model.addAttribute("windowTabs", WindowTab.all(chosen, tab -> path + "?window=" + tab.param()));
        addRank(model, normalised, chosen, gifter);
        return "leaderboards/creator";
    }

    private void addGifters(Model model, @Nullable String creator, Window window, int page) {
        long offset = (long) (page - 1) * PAGE_SIZE;
        List<GifterEntry> entries = boards.topGifters(creator, window, PAGE_SIZE + 1, offset);
        model.addAttribute("window", window);
        model.addAttribute("windows", Window.values());
        model.addAttribute("periodStart", window.start(boards.today()));
        model.addAttribute("gifters", entries.size() > PAGE_SIZE ? entries.subList(0, PAGE_SIZE) : entries);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
    }

    private void addRank(Model model, @Nullable String creator, Window window, @Nullable String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        model.addAttribute("searched", username.strip());
        if (!BoardParams.isUsername(username)) {
            model.addAttribute("rankMessage", "That is not a TikTok username.");
            return;
        }
        boards.rankOf(creator, window, username)
                .ifPresentOrElse(
                        rank -> {
                            List<GifterEntry> rows = new java.util.ArrayList<>(rank.above());
                            rows.add(rank.entry());
                            rows.addAll(rank.below());
                            model.addAttribute("rank", rank);
                            model.addAttribute("rankRows", rows);
                        },
                        () -> model.addAttribute(
                                "rankMessage",
                                "@" + Leaderboards.normalise(username) + " is not on this board "
                                        + window.label().toLowerCase(java.util.Locale.ROOT) + "."));
    }
}
