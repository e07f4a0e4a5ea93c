package io.battlesim.app.analytics.web;

import io.battlesim.app.analytics.CreatorAnalyses;
import io.battlesim.app.analytics.compute.CreatorAnalytics;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** A creator's analytics page: record, best supporters, when gifts arrive, gift mix, how battles end. */
@Controller
class CreatorAnalyticsController {

    private final CreatorAnalyses creators;
    private final JsonMapper json;

    CreatorAnalyticsController(CreatorAnalyses creators, JsonMapper json) {
        this.creators = creators;
        this.json = json;
    }

    @GetMapping("/creators/{username}/analytics")
    String analytics(@PathVariable String username, Model model) {
        CreatorAnalytics analytics = creators.of(AnalyticsAccess.creator(username));
        model.addAttribute("analytics", analytics);
        model.addAttribute("fmt", new PageFormat(List.of()));
        model.addAttribute("analyticsJson", json.writeValueAsString(analytics));
        return "analytics/creator";
    }
}
