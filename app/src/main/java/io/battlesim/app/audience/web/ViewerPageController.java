package io.battlesim.app.audience.web;

import io.battlesim.app.audience.AudienceView;
import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleView;
import io.battlesim.engine.BattleSnapshot;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The viewer page of a battle, {@code /v/{id}}: live scores, vote bars and booster goals on a phone, with buttons to
 * vote. Anyone with the link may open it; it hands out the signed viewer cookie votes need. The QR code at {@code
 * /v/{id}/qr.svg} leads to it from the overlay or the creator's screen.
 */
@Controller
class ViewerPageController {

    private static final Pattern BATTLE_ID = Pattern.compile("[a-z0-9]{1,40}");

    private final BattleManagement battles;
    private final Viewers viewers;
    private final JsonMapper json;
    private final @Nullable String publicUrl;

    ViewerPageController(
            BattleManagement battles, Viewers viewers, JsonMapper json, @Value("${app.public-url}") String publicUrl) {
        this.battles = battles;
        this.viewers = viewers;
        this.json = json;
        this.publicUrl = reachableFromPhones(publicUrl) ? publicUrl.replaceAll("/+$", "") : null;
    }

    /**
     * A side as the page shows it before the stream takes over.
     *
     * @param id the side's id
     * @param letter the letter chat commands use for it
     * @param label its name, untrusted text
     * @param score its score, or null while misted
     */
    record SideLine(
            String id,
            String letter,
            String label,
            @Nullable Long score) {}

    @GetMapping("/v/{id}")
    ModelAndView viewer(
            @PathVariable String id,
            @AuthenticationPrincipal @Nullable SignedInUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<BattleView> found = find(id);
        if (found.isEmpty()) {
            return new ModelAndView("audience/not-found", HttpStatus.NOT_FOUND);
        }
        BattleView battle = found.get();
        viewers.ensureCookie(request, response);
        BattleSnapshot snapshot = battle.snapshot();
        List<SideLine> sides = snapshot.sides().stream()
                .map(side -> new SideLine(
                        side.id(),
                        String.valueOf((char) ('A' + snapshot.sides().indexOf(side))),
                        side.label(),
                        side.hidden() ? null : side.score()))
                .toList();
        AudienceView audience = AudienceView.of(snapshot.audience());
        ModelAndView page = new ModelAndView("audience/viewer");
        page.addObject("battle", battle);
        page.addObject("sides", sides);
        page.addObject("audience", audience);
        page.addObject("audienceJson", json.writeValueAsString(audience));
        page.addObject("version", snapshot.version());
        page.addObject("phase", snapshot.phase().name());
        page.addObject("viewer", user);
        page.addObject("link", link(request, id));
        return page;
    }

    @GetMapping(value = "/v/{id}/qr.svg")
    ResponseEntity<String> qr(@PathVariable String id, HttpServletRequest request) {
        if (find(id).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(QrCodes.svg(link(request, id)));
    }

    private Optional<BattleView> find(String id) {
        return BATTLE_ID.matcher(id).matches() ? battles.find(id) : Optional.empty();
    }

    /**
     * The page's absolute link: under the configured public URL when phones can reach it, else as this request
     * reached the app (a LAN address or 127.0.0.1 works for a phone on the same network only if it is not loopback).
     */
    private String link(HttpServletRequest request, String id) {
        if (publicUrl != null) {
            return publicUrl + "/v/" + id;
        }
        return ServletUriComponentsBuilder.fromContextPath(request)
                .path("/v/{id}")
                .buildAndExpand(id)
                .toUriString();
    }

    private static boolean reachableFromPhones(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host != null && !host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
