package io.battlesim.app.scoreboard.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleStateException;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.PowerUpResult;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.leaderboard.Leaderboards;
import io.battlesim.app.live.ConnectionStatus;
import io.battlesim.app.live.DemoBattles;
import io.battlesim.app.live.LiveConnections;
import io.battlesim.app.scoreboard.stream.BattleBroadcasters;
import io.battlesim.app.scoreboard.view.GiftCatalogue;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scoreboard page of a battle, rendered with its latest state and then kept live by its SSE stream; the
 * owner's controls (end early, boosters, htmx forms with CSRF), the overlay URL with OBS instructions, the
 * ingest URL and key of ingest battles and the state of the Live API connections.
 */
@Controller
class ScoreboardController {

    private final BattleManagement battles;
    private final BattleBroadcasters broadcasters;
    private final BattleAccess access;
    private final LiveConnections connections;
    private final DemoBattles demos;
    private final Leaderboards leaderboards;
    private final String publicUrl;

    ScoreboardController(
            BattleManagement battles,
            BattleBroadcasters broadcasters,
            BattleAccess access,
            LiveConnections connections,
            DemoBattles demos,
            Leaderboards leaderboards,
            @Value("${app.public-url}") String publicUrl) {
        this.battles = battles;
        this.broadcasters = broadcasters;
        this.access = access;
        this.connections = connections;
        this.demos = demos;
        this.leaderboards = leaderboards;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GetMapping("/battles/{id}")
    String scoreboard(@PathVariable String id, @AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        BattleView battle = battle(id);
        boolean mayControl = access.mayControl(battle, user);
        model.addAttribute("battle", battle);
        BattleBroadcasters.StreamState state = broadcasters.state(battle);
        model.addAttribute("state", state);
        model.addAttribute("initialJson", broadcasters.json(state.scoreboard()));
        model.addAttribute("sideIndex", sideIndex(battle));
        model.addAttribute("mayControl", mayControl);
        // The overlay link is the owner's to hand to their streaming software; the demo's is for everyone to try.
        boolean showOverlay =
                mayControl || demos.current().filter(battle.id()::equals).isPresent();
        model.addAttribute("overlayUrl", showOverlay ? publicUrl + "/overlay/" + battle.overlayToken() : null);
        model.addAttribute(
                "leaderboardOverlayUrl",
                showOverlay ? publicUrl + "/overlay/" + battle.overlayToken() + "/leaderboard" : null);
        model.addAttribute("onLeaderboards", !leaderboards.hidden(battle.id()));
        model.addAttribute("powerUps", StartBattleController.PowerUpNames.all());
        model.addAttribute("onlyGift", onlyGiftName(battle));
        model.addAttribute("durationLabel", durationLabel(battle));
        if (battle.setup().source() == SourceKind.INGEST && mayControl) {
            model.addAttribute("ingestUrl", publicUrl + "/api/battles/" + battle.id() + "/events");
            model.addAttribute("ingestKey", battles.ingestKey(battle.id()));
        }
        model.addAttribute("connections", connectionsOf(battle));
        addAudience(battle, state, mayControl, model);
        return "battles/show";
    }

    /** The Audience panel; the controller of a running battle also gets the settings form, with the rules in force. */
    private void addAudience(BattleView battle, BattleBroadcasters.StreamState state, boolean mayControl, Model model) {
        model.addAttribute(
                "audiencePanel",
                AudiencePanel.of(
                        battle.id(), state.scoreboard(), battle.setup().rules().audiencePowerUps(), publicUrl));
        if (mayControl && battle.status() != BattleStatus.ENDED) {
            model.addAttribute(
                    "audienceSettings",
                    AudienceForm.of(battle.snapshot().audience().rules())
                            .offering(battle.setup().rules().audiencePowerUps()));
        }
    }

    @GetMapping("/battles/{id}/connections")
    String connections(@PathVariable String id, Model model) {
        BattleView battle = battle(id);
        model.addAttribute("battle", battle);
        model.addAttribute("connections", connectionsOf(battle));
        return "battles/show :: connections";
    }

    @PostMapping("/battles/{id}/end")
    String end(
            @PathVariable String id,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        BattleView battle = controllable(id, user);
        String message;
        try {
            battles.end(battle.id());
            message = "The battle is over: the result is saved.";
        } catch (BattleStateException notRunning) {
            message = "The battle is not running.";
        }
        return answer(id, htmx, message, model, redirect);
    }

    @PostMapping("/battles/{id}/boosters")
    String booster(
            @PathVariable String id,
            @RequestParam String sideId,
            @RequestParam PowerUpKind kind,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        BattleView battle = controllable(id, user);
        if (battle.snapshot().side(sideId) == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such side");
        }
        String name = StartBattleController.PowerUpNames.nameOf(kind);
        String message;
        try {
            PowerUpResult result = battles.triggerPowerUp(battle.id(), sideId, kind, TriggeredBy.CREATOR);
            message = switch (result) {
                case PowerUpResult.Activated activated -> name + " is on for " + label(battle, sideId) + ".";
                case PowerUpResult.Refused refused -> name + " was refused: " + reason(refused) + ".";
            };
        } catch (BattleStateException notRunning) {
            message = "The battle is not running.";
        }
        return answer(id, htmx, message, model, redirect);
    }

    /** Deletes a finished battle (its owner only), with its gifts on every leaderboard. */
    @PostMapping("/battles/{id}/delete")
    String delete(
            @PathVariable String id,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            RedirectAttributes redirect) {
        BattleView battle = controllable(id, user);
        try {
            battles.delete(battle.id());
        } catch (BattleStateException notEnded) {
            redirect.addFlashAttribute("controlMessage", "Only a finished battle can be deleted: end it first.");
            return "redirect:/battles/" + id;
        }
        redirect.addFlashAttribute("battleMessage", "The battle \u201c" + battle.title() + "\u201d was deleted.");
        return "redirect:/battles";
    }

    private String answer(String id, @Nullable String htmx, String message, Model model, RedirectAttributes redirect) {
        if (htmx != null) {
            model.addAttribute("controlMessage", message);
            return "battles/show :: control-status";
        }
        redirect.addFlashAttribute("controlMessage", message);
        return "redirect:/battles/" + id;
    }

    private BattleView battle(String id) {
        return battles.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private BattleView controllable(String id, @Nullable SignedInUser user) {
        BattleView battle = battle(id);
        if (!access.mayControl(battle, user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return battle;
    }

    private List<ConnectionStatus> connectionsOf(BattleView battle) {
        if (battle.setup().source() != SourceKind.LIVE_API) {
            return List.of();
        }
        try {
            return connections.status(battle.id());
        } catch (RuntimeException unavailable) {
            return List.of();
        }
    }

    /** Side id to its position (0 to 3), which picks the side's colour. */
    static java.util.Map<String, Integer> sideIndex(BattleView battle) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        var sides = battle.snapshot().sides();
        for (int i = 0; i < sides.size(); i++) {
            index.put(sides.get(i).id(), i);
        }
        return index;
    }

    private static String label(BattleView battle, String sideId) {
        var side = battle.snapshot().side(sideId);
        return side == null ? sideId : side.label();
    }

    private static String reason(PowerUpResult.Refused refused) {
        return refused.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static @Nullable String onlyGiftName(BattleView battle) {
        Integer gift = battle.setup().rules().onlyGiftId();
        return gift == null
                ? null
                : GiftCatalogue.byId(gift).map(GiftCatalogue.Entry::name).orElse("gift " + gift);
    }

    private static String durationLabel(BattleView battle) {
        long seconds = battle.setup().rules().duration().toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
