package io.battlesim.app.scoreboard.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.InvalidBattleSetupException;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.scoreboard.view.GiftCatalogue;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * The start-battle page: two sides by default, "+ add creator" for teams and "+ add side" (up to four) as
 * submit buttons (so the form works without scripts), rules and source. Every creator of a Live API battle is
 * looked up; the form comes back with one message per field when one is offline, unknown or the LIVE service
 * is unavailable. A valid battle is created, started and shown.
 */
@Controller
class StartBattleController {

    static final String UNKNOWN_FIELDS = "The form held fields it does not have (it has at most "
            + BattleForm.MAX_SIDES + " sides of " + BattleForm.MAX_CREATORS
            + " creators): they were left out. Check the form and submit it again.";

    private final BattleManagement battles;
    private final BattleSetups setups;
    private final BattleAccess access;
    private final ObjectProvider<TikTokEmulator> emulator;

    StartBattleController(
            BattleManagement battles,
            BattleSetups setups,
            BattleAccess access,
            ObjectProvider<TikTokEmulator> emulator) {
        this.battles = battles;
        this.setups = setups;
        this.access = access;
        this.emulator = emulator;
    }

    /** Binds the form's own fields only (not the request's headers), and never grows a list past its limits. */
    @InitBinder("battleForm")
    void bindOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields(BattleForm.fieldNames());
        binder.setAutoGrowCollectionLimit(Math.max(BattleForm.MAX_SIDES, BattleForm.MAX_CREATORS));
        binder.setBindingErrorProcessor(new AudienceBindingErrors());
        if (binder instanceof ExtendedServletRequestDataBinder servletBinder) {
            servletBinder.setHeaderPredicate(header -> false);
        }
    }

    /**
     * The form, with the creator's own username on side 1; {@code ?rematch=} fills it from one of their own finished
     * battles (another creator's battle gives the plain form).
     */
    @GetMapping("/battles/new")
    String initCreationForm(
            @RequestParam(name = "rematch", required = false) @Nullable String rematch,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            Model model) {
        BattleForm form = Optional.ofNullable(rematch)
                .flatMap(battles::find)
                .filter(battle -> access.mayControl(battle, user))
                .map(battle -> Rematches.formOf(battle.setup()))
                .orElseGet(() -> BattleForm.startingWith(user == null ? null : user.username()));
        model.addAttribute("battleForm", form);
        return page(user, model);
    }

    @PostMapping("/battles")
    String processCreationForm(
            @ModelAttribute("battleForm") BattleForm form,
            BindingResult result,
            @RequestParam(name = "add", required = false) @Nullable String add,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            Model model) {
        form.normalise();
        if (hasUnknownFields(result)) {
            result.reject("unknownFields", UNKNOWN_FIELDS);
        }
        if (add != null) {
            edit(form, add);
            return page(user, model);
        }
        if (!access.mayStart(user)) {
            return "redirect:/auth/tiktok";
        }
        if (result.hasErrors()) {
            return page(user, model);
        }
        Optional<BattleSetup> setup = setups.setup(form, user == null ? null : user.id(), result);
        if (setup.isEmpty()) {
            return page(user, model);
        }
        BattleView created;
        try {
            created = battles.create(setup.get());
        } catch (InvalidBattleSetupException rejected) {
            // BattleSetups explains every clash it can foresee next to its field; this is the rest, kept on the form.
            result.reject("invalid", BattleSetups.plainReason(rejected));
            return page(user, model);
        }
        battles.start(created.id());
        return "redirect:/battles/" + created.id();
    }

    /** Posted fields the form does not have (the {@code add} button is no field). */
    private static boolean hasUnknownFields(BindingResult result) {
        return Arrays.stream(result.getSuppressedFields()).anyMatch(field -> !field.equals("add"));
    }

    /** "+ add creator" ({@code creator-<side>}), "+ add side" ({@code side}), "remove side" ({@code remove-<side>}). */
    private static void edit(BattleForm form, String add) {
        if (add.equals("side")) {
            form.addSide();
        } else if (add.startsWith("creator-")) {
            form.addCreator(index(add.substring("creator-".length())));
        } else if (add.startsWith("remove-")) {
            form.removeSide(index(add.substring("remove-".length())));
        }
    }

    private static int index(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notAnIndex) {
            return -1;
        }
    }

    private String page(@Nullable SignedInUser user, Model model) {
        model.addAttribute("gifts", GiftCatalogue.all());
        model.addAttribute(
                "giftLabels",
                GiftCatalogue.all().stream().map(GiftCatalogue::describe).toList());
        model.addAttribute("powerUps", PowerUpNames.all());
        model.addAttribute("sources", List.of(SourceKind.LIVE_API, SourceKind.INGEST));
        model.addAttribute("maySubmit", access.mayStart(user));
        model.addAttribute("emulatorMode", access.emulatorMode());
        model.addAttribute("liveCreators", liveSandboxCreators());
        model.addAttribute("maxSides", BattleForm.MAX_SIDES);
        model.addAttribute("maxCreators", BattleForm.MAX_CREATORS);
        return "battles/new";
    }

    /** In emulator mode, the sandbox creators broadcasting now, as suggestions. */
    private List<LiveRoom> liveSandboxCreators() {
        TikTokEmulator emu = emulator.getIfAvailable();
        if (emu == null || !access.emulatorMode()) {
            return List.of();
        }
        return emu.live().rooms().stream().filter(LiveRoom::live).toList();
    }

    /** Power-up kinds with the names viewers know them by. */
    record PowerUpNames(PowerUpKind kind, String name, String description) {

        static List<PowerUpNames> all() {
            return List.of(
                    new PowerUpNames(PowerUpKind.BOOSTING_GLOVE, "Boosting Glove", "gifts count double for 30 s"),
                    new PowerUpNames(PowerUpKind.MAGIC_MIST, "Magic Mist", "hides the side's score for 30 s"),
                    new PowerUpNames(PowerUpKind.STUN_HAMMER, "Stun Hammer", "freezes the opponents for 30 s"),
                    new PowerUpNames(PowerUpKind.TIME_MAKER, "Time Maker", "adds 10 s to the timer"));
        }

        static String nameOf(PowerUpKind kind) {
            return all().stream()
                    .filter(entry -> entry.kind() == kind)
                    .map(PowerUpNames::name)
                    .findFirst()
                    .orElse(kind.name());
        }
    }
}
