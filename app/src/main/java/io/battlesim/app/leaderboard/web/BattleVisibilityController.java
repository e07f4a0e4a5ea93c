package io.battlesim.app.leaderboard.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.leaderboard.totals.BoardTotals;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The battle page's form that takes a battle off the public boards or puts it back (its signed-in owner only). */
@Controller
class BattleVisibilityController {

    private final BattleManagement battles;
    private final BoardTotals totals;

    BattleVisibilityController(BattleManagement battles, BoardTotals totals) {
        this.battles = battles;
        this.totals = totals;
    }

    @PostMapping("/battles/{id}/leaderboard-visibility")
    String change(
            @PathVariable String id,
            @RequestParam boolean visible,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            RedirectAttributes redirect) {
        BattleView battle = battles.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!battles.controls(battle, user == null ? null : user.id(), null)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (visible) {
            totals.show(id);
        } else {
            totals.hide(id);
        }
        redirect.addFlashAttribute(
                "controlMessage",
                visible
                        ? "The battle counts on the public leaderboards again."
                        : "The battle no longer counts on the public leaderboards.");
        return "redirect:/battles/" + id;
    }
}
