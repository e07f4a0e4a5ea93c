package io.battlesim.app.insights.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.insights.CreatorInsights;
import io.battlesim.app.insights.InsightsOverview;
import io.battlesim.app.insights.ManualRefresh;
import io.battlesim.app.insights.SnapshotTaker;
import io.battlesim.app.insights.VideoFilter;
import io.battlesim.app.insights.VideoHistory;
import io.battlesim.app.insights.VideoPage;
import io.battlesim.app.insights.VideoSort;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The signed-in creator's dashboard, one video's page and "Refresh now". */
@Controller
class InsightsController {

    private static final int MAX_PAGE = InsightParams.MAX_OFFSET / InsightParams.PAGE_SIZE;

    private final CreatorInsights insights;
    private final ManualRefresh refresh;
    private final SnapshotTaker taker;
    private final JsonMapper json;

    InsightsController(CreatorInsights insights, ManualRefresh refresh, SnapshotTaker taker, JsonMapper json) {
        this.insights = insights;
        this.refresh = refresh;
        this.taker = taker;
        this.json = json;
    }

    @GetMapping("/analytics")
    String dashboard(
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            HttpServletResponse response) {
        if (user == null) {
            return "insights/sign-in";
        }
        VideoFilter filter;
        try {
            if (page < 1 || page > MAX_PAGE) {
                throw InsightParams.invalid("page", "must be between 1 and " + MAX_PAGE);
            }
            filter = InsightParams.filter(
                    sort, order, from, to, (long) (page - 1) * InsightParams.PAGE_SIZE, InsightParams.PAGE_SIZE);
        } catch (ErrorResponseException bad) {
            // the dashboard as it is by default, with what was wrong said at the top
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("notice", bad.getBody().getDetail());
            page = 1;
            filter = InsightParams.filter(null, null, null, null, 0, InsightParams.PAGE_SIZE);
        }
        InsightsOverview overview = insights.overview(user.id());
        if (overview.run() == null) {
            // a creator who connected before insights existed: their first snapshot is due now
            taker.scheduleNow(user.id());
        }
        VideoPage videos = insights.videos(user.id(), filter);
        model.addAttribute("overview", overview);
        model.addAttribute("videos", videos);
        model.addAttribute("sorts", VideoSort.values());
        model.addAttribute("page", page);
        model.addAttribute(
                "pages", Math.max(1, (videos.total() + InsightParams.PAGE_SIZE - 1) / InsightParams.PAGE_SIZE));
        model.addAttribute("refreshing", taker.running(user.id()));
        model.addAttribute("fmt", new InsightsFormat());
        model.addAttribute("chartJson", json.writeValueAsString(InsightViews.charts(overview)));
        return "insights/dashboard";
    }

    @PostMapping("/analytics/refresh")
    String refresh(@AuthenticationPrincipal @Nullable SignedInUser user, RedirectAttributes redirect) {
        if (user == null) {
            return "redirect:/analytics";
        }
        String message = switch (refresh.request(user.id())) {
            case ManualRefresh.Answer.Started started ->
                "Refreshing: your videos are being read from TikTok. Reload in a minute.";
            case ManualRefresh.Answer.AlreadyRunning running -> "A refresh is running already.";
            case ManualRefresh.Answer.TooSoon tooSoon ->
                "You can refresh again at " + new InsightsFormat().utc(tooSoon.nextAllowed()) + ".";
        };
        redirect.addFlashAttribute("notice", message);
        return "redirect:/analytics";
    }

    @GetMapping("/analytics/videos/{videoId}")
    String video(
            @PathVariable String videoId,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            Model model,
            HttpServletResponse response) {
        if (user == null) {
            return "insights/sign-in";
        }
        VideoHistory history = insights.video(user.id(), videoId).orElse(null);
        if (history == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "insights/no-video";
        }
        model.addAttribute("history", history);
        model.addAttribute("fmt", new InsightsFormat());
        model.addAttribute("chartJson", json.writeValueAsString(InsightViews.charts(history)));
        return "insights/video";
    }
}
