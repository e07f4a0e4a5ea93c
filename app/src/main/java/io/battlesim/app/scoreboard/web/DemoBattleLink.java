package io.battlesim.app.scoreboard.web;

import io.battlesim.app.live.DemoBattles;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the site's pages (the home page's "Watch the demo battle" link) the running demo battle, if any. Lives
 * here rather than in {@code site} so that the site module keeps depending on no other module.
 */
@ControllerAdvice(basePackages = "io.battlesim.app.site")
class DemoBattleLink {

    private final DemoBattles demos;

    DemoBattleLink(DemoBattles demos) {
        this.demos = demos;
    }

    @ModelAttribute("demoBattleId")
    @Nullable
    String demoBattleId() {
        return demos.current().orElse(null);
    }
}
