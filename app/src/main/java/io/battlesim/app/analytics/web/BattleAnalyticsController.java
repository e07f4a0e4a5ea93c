package io.battlesim.app.analytics.web;

import io.battlesim.app.analytics.compute.BattleAnalytics;
import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.leaderboard.Leaderboards;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** A battle's analytics page: the replay, the charts with a table for each, the leaderboard and the CSV exports. */
@Controller
class BattleAnalyticsController {

    /** Rows of the scores table that stands in for the chart. */
    static final int SCORE_ROWS = 40;

    static final int BOARD_SIZE = 10;

    private final AnalyticsAccess access;
    private final Leaderboards boards;
    private final JsonMapper json;

    BattleAnalyticsController(AnalyticsAccess access, Leaderboards boards, JsonMapper json) {
        this.access = access;
        this.boards = boards;
        this.json = json;
    }

    @GetMapping("/battles/{id}/analytics")
    String analytics(@PathVariable String id, @AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        AnalyticsAccess.Viewed viewed = access.battle(id, user, null);
        BattleAnalytics analytics = viewed.analytics();
        model.addAttribute("battle", viewed.battle());
        model.addAttribute("analytics", analytics);
        model.addAttribute("owner", viewed.owner());
        model.addAttribute("hidden", viewed.hidden());
        model.addAttribute("fmt", new PageFormat(analytics.sides()));
        model.addAttribute("analyticsJson", json.writeValueAsString(analytics));
        model.addAttribute("board", boards.battleGifters(analytics.battleId(), BOARD_SIZE));
        model.addAttribute("scoreRows", thin(analytics.scores(), SCORE_ROWS));
        return "analytics/battle";
    }

    /** About {@code rows} evenly spread points of the series, with every lead change and the last point. */
    static List<BattleAnalytics.ScorePoint> thin(List<BattleAnalytics.ScorePoint> points, int rows) {
        int step = Math.max(1, points.size() / rows);
        List<BattleAnalytics.ScorePoint> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            BattleAnalytics.ScorePoint point = points.get(i);
            if (i % step == 0 || point.leadChange() || i == points.size() - 1) {
                kept.add(point);
            }
        }
        return kept;
    }
}
