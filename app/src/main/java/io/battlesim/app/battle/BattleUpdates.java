package io.battlesim.app.battle;

import java.util.function.Consumer;

/**
 * Real-time updates of battles. The in-process implementation keeps the last 1,000 updates per battle; another
 * one (Redis pub/sub) may replace it.
 *
 * <p>Listeners are called on the battle's own thread, one update at a time and in sequence order: they MUST NOT
 * block (hand the update to a queue or an async writer). A listener that throws is logged and unsubscribed.
 */
public interface BattleUpdates {

    /**
     * Follows one battle: first replays the buffered updates with a sequence above {@code afterSequence} (always
     * including the latest {@link BattleUpdate.ScoreboardChanged} when {@code afterSequence} is older than it, even
     * if it fell out of the buffer), then delivers live updates until the subscription is closed.
     *
     * @param battleId the battle; never null
     * @param afterSequence the last sequence the caller saw, 0 (or less) for none
     * @param listener receives updates in sequence order; must not block; never null
     * @return the subscription; close it to stop; never null
     */
    Subscription subscribe(String battleId, long afterSequence, Consumer<BattleUpdate> listener);

    /** A live subscription; {@link #close()} stops the deliveries (idempotent). */
    interface Subscription extends AutoCloseable {

        @Override
        void close();
    }
}
