package io.battlesim.app.scoreboard.web;

import io.battlesim.app.audience.AudienceView;
import io.battlesim.app.audience.BoosterNames;
import io.battlesim.app.scoreboard.view.ScoreboardView;
import io.battlesim.engine.powerup.PowerUpKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the Audience panel of the scoreboard page shows besides the live widgets: the viewer page's link and QR code,
 * how viewers vote in the LIVE chat, and which boosters the battle's controller may offer to viewers.
 *
 * @param viewerUrl the viewer page's absolute URL
 * @param viewerPath the viewer page's path, {@code /v/{battleId}}
 * @param qrPath the path of the viewer page's QR code (SVG)
 * @param chatHelp the chat commands in words, as {@code audience-widgets.js} writes them too
 * @param offerable the boosters viewers may trigger in this battle
 * @param apiPath the path of the audience rules API, for the controller's settings form
 */
record AudiencePanel(
        String viewerUrl,
        String viewerPath,
        String qrPath,
        String chatHelp,
        Set<PowerUpKind> offerable,
        String apiPath) {

    static AudiencePanel of(String battleId, ScoreboardView view, Set<PowerUpKind> offerable, String publicUrl) {
        String path = viewerPath(battleId);
        return new AudiencePanel(
                publicUrl + path,
                path,
                path + "/qr.svg",
                chatHelp(view),
                offerable,
                "/api/battles/" + battleId + "/audience");
    }

    static String viewerPath(String battleId) {
        return "/v/" + battleId;
    }

    /**
     * "In the LIVE chat: !vote A · !boost glove A · #A (A = Ava, B = Leo)", or that chat commands are off. Sides are
     * named by letter, which the chat parser understands whatever their labels are.
     */
    static String chatHelp(ScoreboardView view) {
        AudienceView.Rules rules = view.audience().rules();
        if (rules == null || !rules.chatCommands()) {
            return "Chat commands are off: viewers vote on the viewer page.";
        }
        List<String> commands = new ArrayList<>();
        commands.add(rules.voteCommand() + " A");
        firstBooster(view.audience())
                .ifPresent(kind -> commands.add(rules.boostCommand() + " " + BoosterNames.chatWord(kind) + " A"));
        if (rules.hashtags()) {
            commands.add("#A");
        }
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < view.sides().size(); i++) {
            letters.add((char) ('A' + i) + " = " + view.sides().get(i).label());
        }
        return "In the LIVE chat: " + String.join(" · ", commands) + " (" + String.join(", ", letters) + ")";
    }

    private static Optional<PowerUpKind> firstBooster(AudienceView audience) {
        return audience.sides().stream()
                .findFirst()
                .flatMap(side -> side.boosters().stream().findFirst())
                .map(meter -> PowerUpKind.valueOf(meter.kind()));
    }
}
