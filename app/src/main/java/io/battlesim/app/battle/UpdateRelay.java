package io.battlesim.app.battle;

import java.util.function.Consumer;

/**
 * Carries battle updates between the nodes of a cluster (Redis Streams): the node running a battle sends its updates,
 * and every node that has viewers of the battle follows them and delivers them to its own viewers, once each.
 */
public interface UpdateRelay {

    /** Sends an update of a battle this node runs to every node; must not block the battle's writer. */
    void send(BattleUpdate update);

    /**
     * Follows a battle's updates: first hands the recent ones the relay still holds to {@code sink} (before this
     * returns, in sequence order), then every new one as it comes, until {@link #unfollow}. Idempotent: following a
     * battle already followed does nothing.
     */
    void follow(String battleId, Consumer<BattleUpdate> sink);

    /** Stops following a battle (no viewer left on this node). */
    void unfollow(String battleId);
}
