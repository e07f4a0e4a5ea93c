package io.battlesim.app.battle;

import java.util.Objects;

/**
 * Published at application start for every LIVE battle rebuilt from its log: its sources should reconnect.
 *
 * @param battleId the battle
 */
public record BattleResumed(String battleId) {

    public BattleResumed {
        Objects.requireNonNull(battleId, "battleId must not be null");
    }
}
