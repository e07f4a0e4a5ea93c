package io.battlesim.engine.sim;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Change;
import io.battlesim.engine.event.BattleEvent;
import java.util.List;

/** Watches a simulated battle; giving one makes the simulator build a snapshot every step, so runs are slower. */
public interface SimulationObserver {

    /**
     * Called after every step (its events and its tick are applied).
     *
     * @param snapshot the battle after the step; never null
     * @param committedThisStep the gifts committed in the step, in order (the gift feed); never null
     */
    void onStep(BattleSnapshot snapshot, List<Change.GiftCommitted> committedThisStep);

    /**
     * Called for every event fed to the battle (start, gifts, boosters, ticks), in order, with its result.
     *
     * @param event the event; never null
     * @param result what applying it did; never null
     */
    default void onEvent(BattleEvent event, ApplyResult result) {}
}
