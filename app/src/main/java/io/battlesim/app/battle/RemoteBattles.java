package io.battlesim.app.battle;

import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.event.BattleEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Battles another node runs (cluster mode only): events are forwarded to the node holding the battle's lease, whose
 * writer logs them before it answers, so an answer means the same as on the owner; and the battle's latest state is
 * read from its updates.
 */
public interface RemoteBattles {

    /**
     * Forwards events, in order, to the node running the battle; one future per event, completed with that node's
     * admission, or failed with {@link BattleUnavailableException} when no node could take them (nothing was
     * acknowledged: retry).
     */
    List<CompletableFuture<Admission>> forward(String battleId, List<BattleEvent> events);

    /** The latest state of a battle another node runs, as its updates carry it, if known. */
    Optional<BattleSnapshot> latest(String battleId);
}
