package io.battlesim.app.live.connector;

import io.battlesim.app.battle.BattleFinished;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleMoved;
import io.battlesim.app.battle.BattleResumed;
import io.battlesim.app.battle.BattleStarted;
import io.battlesim.app.battle.SourceKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Connects LIVE_API battles when they start or resume after a restart, and disconnects them when they finish.
 * Events are published in-process by the battle module; the handlers return at once (connections are made on
 * virtual threads).
 */
@Component
class BattleSourceListener {

    private final BattleManagement battles;
    private final ConnectorRegistry registry;

    BattleSourceListener(BattleManagement battles, ConnectorRegistry registry) {
        this.battles = battles;
        this.registry = registry;
    }

    @EventListener
    void on(BattleStarted started) {
        follow(started.battleId());
    }

    @EventListener
    void on(BattleResumed resumed) {
        follow(resumed.battleId());
    }

    /** Another node of the cluster runs the battle now and connects its own sources. */
    @EventListener
    void on(BattleMoved moved) {
        registry.disconnect(moved.battleId(), false);
    }

    @EventListener
    void on(BattleFinished finished) {
        registry.disconnect(finished.battleId(), true);
    }

    private void follow(String battleId) {
        battles.find(battleId)
                .filter(battle -> battle.setup().source() == SourceKind.LIVE_API)
                .ifPresent(registry::connect);
    }
}
