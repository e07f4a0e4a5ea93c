package io.battlesim.app.scoreboard.web;

import io.battlesim.app.battle.BattleManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The battles page: running battles first (live badge, link), then finished ones with their results. */
@Controller
class HistoryController {

    static final int HISTORY_SIZE = 50;

    private final BattleManagement battles;

    HistoryController(BattleManagement battles) {
        this.battles = battles;
    }

    @GetMapping("/battles")
    String history(Model model) {
        model.addAttribute("running", battles.running());
        model.addAttribute("finished", battles.history(HISTORY_SIZE));
        return "battles/history";
    }
}
