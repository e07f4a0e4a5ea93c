package io.battlesim.app.scoreboard.web;

import io.battlesim.app.auth.SignedInUser;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.tiktok.TikTokConnection;
import io.battlesim.app.tiktok.TikTokMode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a battle. In emulator mode everything is a sandbox, so anyone may start, end and boost a
 * battle and see its ingest key; with real TikTok only a signed-in user starts battles and only their owner
 * controls them and sees the key.
 */
@Component
class BattleAccess {

    private final boolean emulator;

    BattleAccess(TikTokConnection connection) {
        this.emulator = connection.mode() == TikTokMode.EMULATOR;
    }

    boolean emulatorMode() {
        return emulator;
    }

    boolean mayStart(@Nullable SignedInUser user) {
        return emulator || user != null;
    }

    boolean mayControl(BattleView battle, @Nullable SignedInUser user) {
        if (emulator) {
            return true;
        }
        Long owner = battle.setup().ownerUserId();
        return user != null && owner != null && owner == user.id();
    }
}
