package io.battlesim.app.battle;

import java.util.Objects;

/**
 * Published when a battle went LIVE: its sources should connect.
 *
 * @param battleId the battle
 */
public record BattleStarted(String battleId) {

    public BattleStarted {
        Objects.requireNonNull(battleId, "battleId must not be null");
    }
}
