package io.battlesim.app.battle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One battle's updates: a ring buffer of the latest ones, the latest scoreboard, and the listeners. Publishing
 * and subscribing hold the channel's lock, so a new subscriber gets the replay and then every live update, with
 * no gap and no repeat.
 */
final class UpdateChannel {

    private static final Logger log = LoggerFactory.getLogger(UpdateChannel.class);

    private final String battleId;
    private final BattleUpdate[] ring;
    private final List<Listener> listeners = new ArrayList<>();
    private long published;
    private long lastSequence = Long.MIN_VALUE;
    private BattleUpdate.@Nullable ScoreboardChanged latestScoreboard;
    private volatile long lastActivityNanos = System.nanoTime();

    UpdateChannel(String battleId, int capacity) {
        this.battleId = battleId;
        this.ring = new BattleUpdate[capacity];
    }

    synchronized void publish(BattleUpdate update) {
        if (update.sequence() <= lastSequence) {
            return; // a relay's backfill overlapping what it already delivered
        }
        lastSequence = update.sequence();
        ring[(int) (published % ring.length)] = update;
        published++;
        if (update instanceof BattleUpdate.ScoreboardChanged scoreboard) {
            latestScoreboard = scoreboard;
        }
        lastActivityNanos = System.nanoTime();
        for (int i = 0; i < listeners.size(); i++) {
            Listener listener = listeners.get(i);
            if (!listener.deliver(update)) {
                listeners.remove(i--);
            }
        }
    }

    synchronized BattleUpdates.Subscription subscribe(long afterSequence, Consumer<BattleUpdate> consumer) {
        Listener listener = new Listener(consumer);
        lastActivityNanos = System.nanoTime();
        if (replay(afterSequence, listener)) {
            listeners.add(listener);
        }
        return () -> remove(listener);
    }

    synchronized BattleUpdate.@Nullable ScoreboardChanged latestScoreboard() {
        return latestScoreboard;
    }

    synchronized boolean idle(long idleNanos) {
        return listeners.isEmpty() && System.nanoTime() - lastActivityNanos > idleNanos;
    }

    private synchronized void remove(Listener listener) {
        listeners.remove(listener);
    }

    private boolean replay(long afterSequence, Listener listener) {
        int buffered = (int) Math.min(published, ring.length);
        long first = published - buffered;
        BattleUpdate oldest = buffered == 0 ? null : ring[(int) (first % ring.length)];
        BattleUpdate.ScoreboardChanged scoreboard = latestScoreboard;
        if (scoreboard != null
                && scoreboard.sequence() > afterSequence
                && (oldest == null || scoreboard.sequence() < oldest.sequence())
                && !listener.deliver(scoreboard)) {
            return false;
        }
        for (long i = first; i < published; i++) {
            BattleUpdate update = ring[(int) (i % ring.length)];
            if (update.sequence() > afterSequence && !listener.deliver(update)) {
                return false;
            }
        }
        return true;
    }

    private final class Listener {

        private final Consumer<BattleUpdate> consumer;

        Listener(Consumer<BattleUpdate> consumer) {
            this.consumer = consumer;
        }

        /** Delivers an update; false when the listener failed and must be dropped. */
        boolean deliver(BattleUpdate update) {
            try {
                consumer.accept(update);
                return true;
            } catch (RuntimeException e) {
                log.warn("A listener of battle {} failed and was unsubscribed", battleId, e);
                return false;
            }
        }
    }
}
