package io.battlesim.app.battle;

import java.util.Optional;

/**
 * Odds shared between the nodes of a cluster: the node running a battle estimates its odds while some other node has
 * viewers of it, and those nodes read the latest estimate instead of running the rollouts themselves (they lack the
 * battle's recent commits).
 */
public interface OddsShare {

    /** Publishes a battle's latest odds (from the node running it). */
    void publish(Odds odds);

    /** The latest odds another node published, marking the battle as watched here so that node keeps them coming. */
    Optional<Odds> latest(String battleId);

    /** Whether a node without the battle has viewers of it lately. */
    boolean watchedElsewhere(String battleId);
}
