package io.battlesim.app.battle;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which node runs each LIVE battle's writer. On a single node this node runs every battle and nothing is checked
 * ({@link #NO_FENCE}); in cluster mode a lease row in PostgreSQL names the node, and its fencing token travels with
 * every append, which commits only while the token is still the battle's.
 */
public interface BattleLeases {

    /** The token of a writer that needs no fencing (a single node). */
    long NO_FENCE = 0;

    /**
     * Claims a battle's writer for this node: free, expired, or already this node's (a new token then fences this
     * node's older writer too).
     *
     * @return the fencing token, or empty while another live node holds the battle
     */
    OptionalLong acquire(String battleId);

    /** Extends this node's lease; false when it was lost (another node took the battle over). */
    boolean renew(String battleId, long token);

    /** Gives a lease up (the battle ended, or this node stops) so another node may take the battle at once. */
    void release(String battleId, long token);

    /**
     * How to reach the node that holds a live lease on the battle, when that is another node. Cheap to call per
     * event: implementations may remember the answer for a moment.
     */
    Optional<String> ownerUrl(String battleId);

    /** Forgets what {@link #ownerUrl} remembered of a battle (its node did not answer). */
    default void forgetOwner(String battleId) {}

    /** LIVE battles no live node holds (never leased, or their node stopped renewing), oldest first. */
    List<String> orphans();

    /** Records that this node is alive and how to reach it (a heartbeat). */
    void heartbeat();

    /** Whether battles must be fenced and may run on other nodes (cluster mode). */
    boolean clustered();
}
