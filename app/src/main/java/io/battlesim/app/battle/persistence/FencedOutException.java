package io.battlesim.app.battle.persistence;

/**
 * An append was refused because the writer's lease on the battle is no longer its own: another node took the battle
 * over, so this node must stop writing it. Nothing of the batch was stored.
 */
public final class FencedOutException extends RuntimeException {

    public FencedOutException(String battleId, long token) {
        super("battle " + battleId + ": fencing token " + token + " no longer holds the writer lease");
    }
}
