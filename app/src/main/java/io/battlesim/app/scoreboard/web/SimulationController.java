package io.battlesim.app.scoreboard.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.CrowdKind;
import io.battlesim.app.battle.InvalidBattleSetupException;
import io.battlesim.app.battle.Practice;
import io.battlesim.app.battle.Simulation;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.powerup.PowerUpKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The simulation page: a signed-in user sets two AI sides (an agent, a crowd or both on each) against each other and
 * watches the battle at 1x on the normal scoreboard and overlay. Every bad field comes back with a message next to it.
 */
@Controller
class SimulationController {

    static final String CROWD_ONLY = "CROWD";
    private static final int MAX_MINUTES = 10;

    private final BattleManagement battles;
    private final BattleAccess access;

    SimulationController(BattleManagement battles, BattleAccess access) {
        this.battles = battles;
        this.access = access;
    }

    @GetMapping("/battles/simulate")
    String form(
            @RequestParam(name = "rematch", required = false) @Nullable String rematch,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            Model model) {
        SimulationForm again = rematch == null ? null : rematchOf(rematch, user);
        if (again != null) {
            return page(user, again, Map.of(), model);
        }
        var form = new SimulationForm(
                "",
                "2",
                CrowdKind.TYPICAL.name(),
                List.of(
                        new SideForm("Sniper Sam", StrategyKind.SNIPER.name(), "20000"),
                        new SideForm("Steady Stella", StrategyKind.STEADY.name(), "20000")));
        return page(user, form, Map.of(), model);
    }

    @PostMapping("/battles/simulate")
    String start(
            @RequestParam(name = "title", defaultValue = "") String title,
            @RequestParam(name = "minutes", defaultValue = "") String minutes,
            @RequestParam(name = "crowd", defaultValue = "") String crowd,
            @RequestParam(name = "label", defaultValue = "") List<String> labels,
            @RequestParam(name = "strategy", defaultValue = "") List<String> strategies,
            @RequestParam(name = "budget", defaultValue = "") List<String> budgets,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            Model model) {
        if (user == null || !access.mayStart(user)) {
            return "redirect:/auth/tiktok";
        }
        List<SideForm> sides = List.of(
                new SideForm(at(labels, 0), at(strategies, 0), at(budgets, 0)),
                new SideForm(at(labels, 1), at(strategies, 1), at(budgets, 1)));
        var form = new SimulationForm(title.strip(), minutes.strip(), crowd.strip(), sides);
        Map<String, String> errors = new LinkedHashMap<>();
        long duration = PracticeController.number(form.minutes(), 1, MAX_MINUTES, "minutes", "minutes", errors);
        CrowdKind crowdKind = crowd(form.crowd(), errors);
        List<Simulation.SimulatedSide> simulated = sides(sides, errors);
        if (!errors.isEmpty() || crowdKind == null) {
            return page(user, form, errors, model);
        }
        var simulation =
                new Simulation(simulated, crowdKind, ThreadLocalRandom.current().nextLong());
        var rules = new BattleRules(Duration.ofMinutes(duration), null, 0, EnumSet.allOf(PowerUpKind.class));
        String battleTitle = form.title().isEmpty()
                ? simulated.get(0).label() + " vs " + simulated.get(1).label()
                : form.title();
        BattleView created;
        try {
            created = battles.create(simulation.setup(battleTitle, rules, user.id()));
        } catch (InvalidBattleSetupException rejected) {
            errors.put("form", BattleSetups.plainReason(rejected));
            return page(user, form, errors, model);
        }
        battles.start(created.id());
        return "redirect:/battles/" + created.id();
    }

    /** The form filled as a simulation the user may control was set up, or null for anything else. */
    private @Nullable SimulationForm rematchOf(String battleId, @Nullable SignedInUser user) {
        BattleView battle = battles.find(battleId).orElse(null);
        if (battle == null || battle.setup().simulation() == null || !access.mayControl(battle, user)) {
            return null;
        }
        Simulation simulation = battle.setup().simulation();
        List<SideForm> sides = simulation.sides().stream()
                .limit(2)
                .map(side -> new SideForm(
                        side.label(),
                        side.strategy() == null ? CROWD_ONLY : side.strategy().name(),
                        side.strategy() == null ? "20000" : Long.toString(side.budget())))
                .toList();
        String title = battle.title().startsWith(Simulation.TITLE_PREFIX)
                ? battle.title().substring(Simulation.TITLE_PREFIX.length())
                : battle.title();
        if (sides.size() == 2
                && title.equals(sides.get(0).label() + " vs " + sides.get(1).label())) {
            title = ""; // generated from the labels: generated again from the new ones
        }
        long minutes = Math.clamp(Math.round(battle.setup().rules().duration().toSeconds() / 60.0), 1, MAX_MINUTES);
        return new SimulationForm(
                title, Long.toString(minutes), simulation.crowd().name(), sides);
    }

    private static List<Simulation.SimulatedSide> sides(List<SideForm> sides, Map<String, String> errors) {
        return IntStream.range(0, sides.size())
                .mapToObj(i -> side(i, sides.get(i), errors))
                .toList();
    }

    private static Simulation.SimulatedSide side(int index, SideForm side, Map<String, String> errors) {
        String label = side.label().strip();
        if (label.isEmpty() || label.length() > 100) {
            errors.put("label" + index, "Enter a name of 1 to 100 characters.");
        }
        if (CROWD_ONLY.equals(side.strategy())) {
            return new Simulation.SimulatedSide(label, null, 0);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        StrategyKind kind = PracticeController.strategy(side.strategy(), problems);
        long budget = PracticeController.number(
                side.budget(), Practice.MIN_BUDGET, Practice.MAX_BUDGET, "budget", "coins", problems);
        problems.forEach((field, message) -> errors.put(field + index, message));
        return new Simulation.SimulatedSide(label, kind == null ? StrategyKind.STEADY : kind, budget);
    }

    private static @Nullable CrowdKind crowd(String value, Map<String, String> errors) {
        try {
            return CrowdKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.put("crowd", "Pick one of the crowds.");
            return null;
        }
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index).strip() : "";
    }

    private String page(@Nullable SignedInUser user, SimulationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("strategies", PracticeController.Strategy.all());
        model.addAttribute("crowdOnly", CROWD_ONLY);
        model.addAttribute("maySubmit", access.mayStart(user));
        return "battles/simulate";
    }

    /** What the form was filled with (text, so a bad number comes back as typed). */
    record SimulationForm(String title, String minutes, String crowd, List<SideForm> sides) {}

    /** One side's inputs: its label, a strategy name or {@value #CROWD_ONLY}, and the agent's budget. */
    record SideForm(String label, String strategy, String budget) {}
}
