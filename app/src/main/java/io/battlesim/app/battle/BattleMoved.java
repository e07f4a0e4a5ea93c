package io.battlesim.app.battle;

import java.util.Objects;

/**
 * Published on a node of a cluster that stopped running a LIVE battle because another node took it over: this node's
 * sources of the battle should stop (the new owner connects its own, on {@link BattleResumed}).
 *
 * @param battleId the battle
 */
public record BattleMoved(String battleId) {

    public BattleMoved {
        Objects.requireNonNull(battleId, "battleId must not be null");
    }
}
