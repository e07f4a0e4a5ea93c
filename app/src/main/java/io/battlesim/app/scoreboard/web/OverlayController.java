package io.battlesim.app.scoreboard.web;

import io.battlesim.app.audience.AudienceView;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.scoreboard.stream.BattleBroadcasters;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The OBS overlay: a transparent page, read-only, reached by the battle's unguessable token. Theme, layout
 * ({@code full} and {@code bar} on a 1920x1080 canvas, {@code vertical} on 1080x1920, {@code audience}: only the
 * audience widgets, on a 720x1080 canvas for a browser source of its own), position ({@code top} or {@code bottom})
 * and scale come from the query; anything unknown falls back to the defaults. The audience widgets (vote bars, goals,
 * the booster viewers fired) show below the board while audience voting is on or anyone voted; {@code odds=1} shows
 * each side's chance of winning, updated about once a second; {@code qr=1} adds
 * the QR code of the battle's viewer page with its short link. Without a layout the page picks one from the browser
 * source's shape (vertical when it is taller than wide), and without a scale it shrinks to fit a narrower source;
 * either way it stays centred. An unknown token gets a transparent "Overlay not found" page with status 404.
 */
@Controller
class OverlayController {

    private static final Set<String> THEMES = Set.of("dark", "light", "neon");
    private static final Set<String> LAYOUTS = Set.of("bar", "full", "vertical", "audience");
    private static final Set<String> POSITIONS = Set.of("top", "bottom");

    private final BattleManagement battles;
    private final BattleBroadcasters broadcasters;
    private final String publicHost;

    OverlayController(
            BattleManagement battles, BattleBroadcasters broadcasters, @Value("${app.public-url}") String publicUrl) {
        this.battles = battles;
        this.broadcasters = broadcasters;
        this.publicHost = hostOf(publicUrl);
    }

    @GetMapping("/overlay/{token}")
    ModelAndView overlay(
            @PathVariable String token,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String layout,
            @RequestParam(required = false) @Nullable String position,
            @RequestParam(required = false) @Nullable String scale,
            @RequestParam(required = false) @Nullable String qr,
            @RequestParam(required = false) @Nullable String odds) {
        Optional<BattleView> found = battles.findByOverlayToken(token);
        if (found.isEmpty()) {
            return new ModelAndView("overlay/not-found", HttpStatus.NOT_FOUND);
        }
        BattleView battle = found.get();
        ModelAndView page = new ModelAndView("overlay/overlay");
        page.addObject("battle", battle);
        BattleBroadcasters.StreamState state = broadcasters.state(battle);
        page.addObject("state", state);
        page.addObject("initialJson", broadcasters.json(state.scoreboard()));
        page.addObject("token", token);
        page.addObject("theme", pick(theme, THEMES, "dark"));
        page.addObject("layout", pick(layout, LAYOUTS, "auto"));
        page.addObject("position", pick(position, POSITIONS, "top"));
        page.addObject("scale", scale(scale));
        AudienceView audience = state.scoreboard().audience();
        page.addObject("audienceOff", !audience.enabled() && audience.totalVotes() == 0);
        page.addObject("qr", "1".equals(qr) || "true".equalsIgnoreCase(qr));
        page.addObject("odds", "1".equals(odds) || "true".equalsIgnoreCase(odds));
        page.addObject("viewerLink", publicHost + AudiencePanel.viewerPath(battle.id()));
        return page;
    }

    /** The public URL without its scheme and trailing slash, as a viewer would type it: {@code battles.example}. */
    static String hostOf(String publicUrl) {
        String host = publicUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
        return host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }

    private static String pick(@Nullable String value, Set<String> allowed, String fallback) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return allowed.contains(wanted) ? wanted : fallback;
    }

    /** A scale between 0.25 and 4 as a plain number for CSS, or null (none or nonsense: fit the source). */
    static @Nullable String scale(@Nullable String value) {
        if (value == null) {
            return null;
        }
        double scale;
        try {
            scale = Double.parseDouble(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
        if (!Double.isFinite(scale) || scale < 0.25 || scale > 4) {
            return null;
        }
        return String.format(Locale.ROOT, "%.3f", scale);
    }
}
