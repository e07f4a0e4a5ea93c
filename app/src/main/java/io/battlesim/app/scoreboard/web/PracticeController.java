package io.battlesim.app.scoreboard.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.InvalidBattleSetupException;
import io.battlesim.app.battle.Practice;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.live.RoomDirectory;
import io.battlesim.app.live.RoomLookup;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practice page: a signed-in creator battles an AI agent from their LIVE room. The room is looked up like on
 * the start form; every bad field comes back with a message next to it.
 */
@Controller
class PracticeController {

    static final long DEFAULT_BUDGET = 20_000;
    static final int DEFAULT_MINUTES = 3;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._]{2,24}");

    private final BattleManagement battles;
    private final RoomDirectory rooms;
    private final BattleAccess access;
    private final ObjectProvider<TikTokEmulator> emulator;

    PracticeController(
            BattleManagement battles,
            RoomDirectory rooms,
            BattleAccess access,
            ObjectProvider<TikTokEmulator> emulator) {
        this.battles = battles;
        this.rooms = rooms;
        this.access = access;
        this.emulator = emulator;
    }

    @GetMapping("/battles/practice")
    String form(@AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        String username = user == null || user.username() == null
                ? liveSandboxCreators().stream()
                        .map(LiveRoom::username)
                        .findFirst()
                        .orElse("")
                : user.username();
        var form = new PracticeForm(
                username, StrategyKind.STEADY.name(), String.valueOf(DEFAULT_BUDGET), String.valueOf(DEFAULT_MINUTES));
        return page(user, form, Map.of(), model);
    }

    @PostMapping("/battles/practice")
    String start(
            @RequestParam(name = "username", defaultValue = "") String username,
            @RequestParam(name = "strategy", defaultValue = "") String strategy,
            @RequestParam(name = "budget", defaultValue = "") String budget,
            @RequestParam(name = "minutes", defaultValue = "") String minutes,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            Model model) {
        if (user == null || !access.mayStart(user)) {
            return "redirect:/auth/tiktok";
        }
        var form = new PracticeForm(username.strip(), strategy.strip(), budget.strip(), minutes.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        StrategyKind kind = strategy(form.strategy(), errors);
        long coins = number(form.budget(), Practice.MIN_BUDGET, Practice.MAX_BUDGET, "budget", "coins", errors);
        long duration = number(form.minutes(), 1, 10, "minutes", "minutes", errors);
        String handle = form.username().startsWith("@") ? form.username().substring(1) : form.username();
        SideSetup side = null;
        if (!USERNAME.matcher(handle).matches()) {
            errors.put("username", "Enter a TikTok username (2 to 24 letters, digits, dots or underscores).");
        } else {
            side = side(handle, user.id(), errors);
        }
        if (!errors.isEmpty() || side == null || kind == null) {
            return page(user, form, errors, model);
        }
        var practice = new Practice(
                Practice.defaultName(kind),
                kind,
                coins,
                ThreadLocalRandom.current().nextLong());
        var rules = new BattleRules(Duration.ofMinutes(duration), null, 0, EnumSet.allOf(PowerUpKind.class));
        BattleView created;
        try {
            created = battles.create(practice.setup(
                    "@" + handle + " vs " + practice.agentName(), side, rules, SourceKind.LIVE_API, user.id()));
        } catch (InvalidBattleSetupException rejected) {
            errors.put("form", BattleSetups.plainReason(rejected));
            return page(user, form, errors, model);
        }
        battles.start(created.id());
        return "redirect:/battles/" + created.id();
    }

    private @Nullable SideSetup side(String username, long userId, Map<String, String> errors) {
        RoomLookup answer = rooms.lookup(username, userId);
        if (answer instanceof RoomLookup.Live live) {
            return new SideSetup(live.displayName(), List.of(live.room()));
        }
        errors.put("username", BattleSetups.whyNotLive(answer, username));
        return null;
    }

    static @Nullable StrategyKind strategy(String value, Map<String, String> errors) {
        try {
            return StrategyKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.put("strategy", "Pick one of the strategies.");
            return null;
        }
    }

    static long number(String value, long min, long max, String field, String unit, Map<String, String> errors) {
        try {
            long number = Long.parseLong(value.replace(",", "").replace("_", ""));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.put(field, String.format(Locale.ROOT, "Enter a whole number from %,d to %,d %s.", min, max, unit));
        return 0;
    }

    private String page(@Nullable SignedInUser user, PracticeForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("strategies", Strategy.all());
        model.addAttribute("maySubmit", access.mayStart(user));
        model.addAttribute("liveCreators", liveSandboxCreators());
        return "battles/practice";
    }

    /** In emulator mode, the sandbox creators broadcasting now. */
    private List<LiveRoom> liveSandboxCreators() {
        TikTokEmulator emu = emulator.getIfAvailable();
        if (emu == null || !access.emulatorMode()) {
            return List.of();
        }
        return emu.live().rooms().stream().filter(LiveRoom::live).toList();
    }

    /** What the form was filled with (text, so a bad number comes back as typed). */
    record PracticeForm(String username, String strategy, String budget, String minutes) {}

    /** A strategy with its name and a line on how it gives. */
    record Strategy(StrategyKind kind, String name, String description) {

        static List<Strategy> all() {
            return List.of(
                    new Strategy(StrategyKind.STEADY, "Steady", "spends its budget evenly over the battle"),
                    new Strategy(StrategyKind.SNIPER, "Sniper", "saves most coins for a burst in the last seconds"),
                    new Strategy(StrategyKind.WHALE, "Whale", "answers every big gift of yours with a bigger one"),
                    new Strategy(StrategyKind.REACTIVE, "Reactive", "gives while it is behind, more the further"),
                    new Strategy(StrategyKind.PLANNER, "Planner", "spends when it most raises its chance to win"));
        }
    }
}
