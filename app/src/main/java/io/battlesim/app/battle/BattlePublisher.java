package io.battlesim.app.battle;

import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Change;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one battle's changes into numbered {@link BattleUpdate}s: a gift alert per committed gift at once, the
 * scoreboard coalesced (at most one per interval, latest state wins, at once on a phase change), the end once.
 * Confined to the battle's writer thread; a failing publication is logged and never stops the writer.
 */
final class BattlePublisher {

    private static final Logger log = LoggerFactory.getLogger(BattlePublisher.class);

    private final String battleId;
    private final InProcessBattleUpdates updates;
    private final UpdateSequence sequence;
    private final long intervalNanos;
    private boolean dirty = true;
    private long lastScoreboardNanos;

    BattlePublisher(String battleId, InProcessBattleUpdates updates, UpdateSequence sequence, long intervalNanos) {
        this.battleId = battleId;
        this.updates = updates;
        this.sequence = sequence;
        this.intervalNanos = intervalNanos;
        this.lastScoreboardNanos = System.nanoTime() - intervalNanos;
    }

    /** The scoreboard changed; it goes out when the interval allows. */
    void scoreboardChanged() {
        dirty = true;
    }

    /** Nanoseconds until a pending scoreboard is due (0: due now), or -1 when none is pending. */
    long nanosUntilDue() {
        return dirty ? Math.max(0, intervalNanos - (System.nanoTime() - lastScoreboardNanos)) : -1;
    }

    /** Publishes a gift alert per committed gift; true when the changes include a phase change. */
    boolean alerts(List<Change> changes) {
        boolean phaseChanged = false;
        for (Change change : changes) {
            if (change instanceof Change.GiftCommitted gift) {
                publish(new BattleUpdate.GiftAlert(
                        battleId,
                        sequence.next(),
                        gift.sideId(),
                        gift.sender().nickname(),
                        gift.gift().name(),
                        gift.gift().id(),
                        gift.count(),
                        gift.coins(),
                        gift.inferred(),
                        gift.snipe()));
            } else if (change instanceof Change.PhaseChanged) {
                phaseChanged = true;
            }
        }
        return phaseChanged;
    }

    /** Publishes the pending scoreboard if it is due, or at once when {@code now}. */
    void scoreboard(BattleSnapshot snapshot, boolean now) {
        if (!dirty) {
            return;
        }
        long at = System.nanoTime();
        if (!now && at - lastScoreboardNanos < intervalNanos) {
            return;
        }
        dirty = false;
        lastScoreboardNanos = at;
        publish(new BattleUpdate.ScoreboardChanged(battleId, sequence.next(), snapshot));
    }

    /** The final scoreboard (if not sent yet), then the end. */
    void ended(BattleSnapshot snapshot) {
        scoreboard(snapshot, true);
        publish(new BattleUpdate.BattleEnded(battleId, sequence.next(), snapshot));
    }

    private void publish(BattleUpdate update) {
        try {
            updates.publish(update);
        } catch (RuntimeException e) {
            log.warn("Publishing an update of battle {} failed", battleId, e);
        }
    }
}
