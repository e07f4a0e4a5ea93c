package io.battlesim.app.scoreboard.web;

import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.InvalidBattleSetupException;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.live.RoomDirectory;
import io.battlesim.app.live.RoomLookup;
import io.battlesim.app.scoreboard.view.GiftCatalogue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Turns a posted {@link BattleForm} into a {@link BattleSetup}: checks the rules, then every creator of a Live
 * API battle with {@link RoomDirectory#lookup} (is LIVE, exists, service reachable), recording one clear message
 * per field. Two creators who share a LIVE room right now (a guest in another's LIVE) would score the same gifts,
 * so the later one's field says so. Ingest battles name the creators whose connector will post events; no lookup
 * is made for them.
 */
@Component
class BattleSetups {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._]{2,24}");
    static final int MAX_TITLE = 80;
    static final int MAX_LABEL = 40;

    private final RoomDirectory rooms;

    BattleSetups(RoomDirectory rooms) {
        this.rooms = rooms;
    }

    /** The setup, or empty with every problem recorded in {@code errors}. */
    Optional<BattleSetup> setup(BattleForm form, @Nullable Long ownerUserId, Errors errors) {
        checkRules(form, errors);
        Map<String, String> seen = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        List<SideSetup> sides = new ArrayList<>();
        for (int i = 0; i < form.getSides().size(); i++) {
            sides.add(side(form, i, ownerUserId, seen, placed, errors));
        }
        SharedRooms.reject(placed, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new BattleSetup(title(form, sides), sides, rules(form), form.getSource(), ownerUserId));
    }

    private void checkRules(BattleForm form, Errors errors) {
        int minutes = form.getDurationMinutes();
        if (minutes < BattleForm.MIN_MINUTES || minutes > BattleForm.MAX_MINUTES) {
            errors.rejectValue("durationMinutes", "range", "Choose between 1 and 60 minutes.");
        }
        if (form.getPointsPerLike() < 0 || form.getPointsPerLike() > 1_000) {
            errors.rejectValue("pointsPerLike", "range", "Points per like go from 0 (likes don't score) to 1,000.");
        }
        Integer gift = form.getOnlyGiftId();
        if (gift != null && GiftCatalogue.byId(gift).isEmpty()) {
            errors.rejectValue("onlyGiftId", "unknown", "Pick a gift from the list.");
        }
        if (form.getTitle().strip().length() > MAX_TITLE) {
            errors.rejectValue("title", "length", "Keep the title under " + MAX_TITLE + " characters.");
        }
        if (form.getSource() == SourceKind.REPLAY) {
            errors.rejectValue("source", "unsupported", "Replays are started from the API (upload a recording).");
        }
        AudienceSetups.check(form.getAudience(), form.getAudiencePowerUps(), errors);
    }

    private SideSetup side(
            BattleForm form,
            int index,
            @Nullable Long owner,
            Map<String, String> seen,
            List<Placed> placed,
            Errors errors) {
        BattleForm.SideForm side = form.getSides().get(index);
        String prefix = "sides[" + index + "]";
        if (side.getLabel().strip().length() > MAX_LABEL) {
            errors.rejectValue(prefix + ".label", "length", "Keep the name under " + MAX_LABEL + " characters.");
        }
        List<RoomBinding> bindings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int j = 0; j < side.getCreators().size(); j++) {
            String field = prefix + ".creators[" + j + "]";
            String username = normalised(side.getCreators().get(j));
            if (username.isEmpty()) {
                continue;
            }
            String where = seen.putIfAbsent(username.toLowerCase(java.util.Locale.ROOT), "side " + (index + 1));
            if (where != null) {
                errors.rejectValue(field, "duplicate", "@" + username + " is already on " + where + ".");
                continue;
            }
            if (!USERNAME.matcher(username).matches()) {
                errors.rejectValue(field, "format", "A username has 2 to 24 letters, digits, dots or underscores.");
                continue;
            }
            creator(form.getSource(), username, owner, field, errors).ifPresent(found -> {
                bindings.add(found.room());
                names.add(found.name());
                placed.add(new Placed(field, index, found.room()));
            });
        }
        if (side.usernames().isEmpty()) {
            errors.rejectValue(prefix + ".creators[0]", "required", "Enter the creator's TikTok username.");
        }
        String label = side.getLabel().isBlank()
                ? String.join(" & ", names)
                : side.getLabel().strip();
        return new SideSetup(label.isBlank() ? "Side " + (index + 1) : label, bindings);
    }

    private record Creator(RoomBinding room, String name) {}

    /** A creator found for a side, with the form field they were entered in. */
    record Placed(String field, int side, RoomBinding room) {}

    /** A sentence for a setup the battle module refused, for the form (its field paths mean nothing to a creator). */
    static String plainReason(InvalidBattleSetupException rejected) {
        return rejected.field().contains(".rooms")
                ? "Two of these creators share a LIVE room right now, so they would score the same gifts: pick"
                        + " another creator."
                : "We couldn't start this battle (" + rejected.getMessage() + "): check the form and try again.";
    }

    private Optional<Creator> creator(
            SourceKind source, String username, @Nullable Long owner, String field, Errors errors) {
        if (source == SourceKind.INGEST) {
            // The external connector identifies the room; we bind the creator's handle as room and host.
            return Optional.of(new Creator(RoomBinding.host(username, username, username), username));
        }
        RoomLookup answer = rooms.lookup(username, owner);
        if (answer instanceof RoomLookup.Live live) {
            return Optional.of(new Creator(live.room(), live.displayName()));
        }
        String kind = answer.getClass().getSimpleName();
        errors.rejectValue(
                field, Character.toLowerCase(kind.charAt(0)) + kind.substring(1), whyNotLive(answer, username));
        return Optional.empty();
    }

    /** Why a creator who is not {@link RoomLookup.Live} cannot battle, in the words the forms show. */
    static String whyNotLive(RoomLookup answer, String username) {
        return switch (answer) {
            case RoomLookup.Live live -> "@" + username + " is LIVE.";
            case RoomLookup.Offline offline -> "@" + username + " is not LIVE right now.";
            case RoomLookup.NotFound notFound -> "@" + username + " does not exist on TikTok.";
            case RoomLookup.Unavailable unavailable -> "The LIVE service is unavailable: " + unavailable.reason();
        };
    }

    private static String title(BattleForm form, List<SideSetup> sides) {
        String title = form.getTitle().strip();
        return title.isEmpty()
                ? String.join(" vs ", sides.stream().map(SideSetup::label).toList())
                : title;
    }

    private static BattleRules rules(BattleForm form) {
        return new BattleRules(
                Duration.ofMinutes(form.getDurationMinutes()),
                form.getOnlyGiftId(),
                form.getPointsPerLike(),
                form.getAudiencePowerUps(),
                AudienceSetups.rules(form.getAudience(), form.getAudiencePowerUps()));
    }

    private static String normalised(@Nullable String username) {
        String value = username == null ? "" : username.strip();
        return value.startsWith("@") ? value.substring(1) : value;
    }
}
