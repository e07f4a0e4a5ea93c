package io.battlesim.app.scoreboard.web;

import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The start form filled in from a finished battle, for its Rematch button: the same sides (labels and usernames),
 * duration, rules (audience interaction included) and source. Whatever the form cannot hold is left out or brought
 * within its limits (an API battle may have more sides or creators, a longer title, a duration in seconds, its own
 * chat command words); names generated from the creators are left blank so that they follow the creators again.
 */
final class Rematches {

    private Rematches() {}

    static BattleForm formOf(BattleSetup setup) {
        BattleForm form = new BattleForm();
        List<BattleForm.SideForm> sides = new ArrayList<>();
        for (SideSetup side : setup.sides().subList(0, Math.min(setup.sides().size(), BattleForm.MAX_SIDES))) {
            sides.add(sideOf(side));
        }
        form.setSides(sides);
        form.setTitle(generatedTitle(setup) || setup.title().length() > BattleSetups.MAX_TITLE ? "" : setup.title());
        BattleRules rules = setup.rules();
        long minutes = Math.round(rules.duration().toSeconds() / 60.0);
        form.setDurationMinutes((int) Math.clamp(minutes, BattleForm.MIN_MINUTES, BattleForm.MAX_MINUTES));
        form.setOnlyGiftId(rules.onlyGiftId());
        form.setPointsPerLike(Math.min(rules.pointsPerLike(), 1_000));
        form.setAudiencePowerUps(rules.audiencePowerUps());
        form.setAudience(AudienceForm.of(rules.audience()));
        form.setSource(setup.source() == SourceKind.INGEST ? SourceKind.INGEST : SourceKind.LIVE_API);
        form.normalise();
        return form;
    }

    private static BattleForm.SideForm sideOf(SideSetup side) {
        BattleForm.SideForm form = new BattleForm.SideForm();
        List<RoomBinding> rooms = side.rooms().subList(0, Math.min(side.rooms().size(), BattleForm.MAX_CREATORS));
        form.setCreators(rooms.stream().map(RoomBinding::username).toList());
        boolean generated =
                rooms.size() == 1 && side.label().equals(rooms.getFirst().username());
        form.setLabel(generated || side.label().length() > BattleSetups.MAX_LABEL ? "" : side.label());
        return form;
    }

    /** Whether the title is the one made from the side names ("A vs B"), which the form makes again by itself. */
    private static boolean generatedTitle(BattleSetup setup) {
        return setup.title()
                .equals(String.join(
                        " vs ", setup.sides().stream().map(SideSetup::label).toList()));
    }
}
