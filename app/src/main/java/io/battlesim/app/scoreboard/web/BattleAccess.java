package io.battlesim.app.scoreboard.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.tiktok.TikTokConnection;
import io.battlesim.app.tiktok.TikTokMode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a battle on its pages, the same in emulator and real mode: a signed-in creator starts
 * battles, and only a battle's owner sees its controls, ingest key and overlay URL and may end or boost it
 * ({@link BattleManagement#controls}). Battles without an owner (the demo, battles created anonymously through the
 * API) have no controls on the pages: their control token works on the API only.
 */
@Component
class BattleAccess {

    private final BattleManagement battles;
    private final boolean emulator;

    BattleAccess(BattleManagement battles, TikTokConnection connection) {
        this.battles = battles;
        this.emulator = connection.mode() == TikTokMode.EMULATOR;
    }

    /** Whether TikTok is the built-in emulator: decides what the pages suggest, never who may do what. */
    boolean emulatorMode() {
        return emulator;
    }

    boolean mayStart(@Nullable SignedInUser user) {
        return user != null;
    }

    boolean mayControl(BattleView battle, @Nullable SignedInUser user) {
        return battles.controls(battle, user == null ? null : user.id(), null);
    }
}
