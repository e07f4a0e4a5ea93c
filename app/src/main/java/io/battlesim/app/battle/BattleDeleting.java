package io.battlesim.app.battle;

import java.util.Objects;

/**
 * Published inside the transaction that deletes a finished battle, before its rows go: a listener takes off, in
 * that same transaction, whatever it keeps about the battle (leaderboard totals, cards). If a listener throws,
 * nothing is deleted.
 *
 * @param battleId the battle
 */
public record BattleDeleting(String battleId) {

    public BattleDeleting {
        Objects.requireNonNull(battleId, "battleId must not be null");
    }
}
