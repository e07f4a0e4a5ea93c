package io.battlesim.app.battle;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Published when a battle ended and its result was saved: its sources should disconnect.
 *
 * @param battleId the battle
 * @param winnerSideId the winning side, or null for a tie
 */
public record BattleFinished(String battleId, @Nullable String winnerSideId) {

    public BattleFinished {
        Objects.requireNonNull(battleId, "battleId must not be null");
    }
}
