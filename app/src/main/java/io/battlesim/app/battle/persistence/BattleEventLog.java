package io.battlesim.app.battle.persistence;

import io.battlesim.app.battle.BattleTally;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The durable, append-only event log of every battle. */
public interface BattleEventLog {

    /**
     * Appends events to one battle's log in a single transaction: all of them are durable when this returns, or
     * none is and it throws.
     *
     * @param battleId the battle; never null
     * @param events entries with consecutive sequence numbers following the log's last one; never null
     */
    default void appendBatch(String battleId, List<LoggedEvent> events) {
        appendBatch(battleId, events, null);
    }

    /**
     * Appends events to one battle's log, and what their gifts add to the leaderboards, in a single transaction.
     *
     * @param battleId the battle; never null
     * @param events entries with consecutive sequence numbers following the log's last one; never null
     * @param gifts the gifts these events committed, or null when they committed none
     */
    void appendBatch(String battleId, List<LoggedEvent> events, BattleTally.@Nullable Gifts gifts);

    /**
     * Appends like {@link #appendBatch(String, List, BattleTally.Gifts)}, but only while {@code fence} is still the
     * battle's writer lease token, checked in the same transaction (cluster mode); 0 appends without a check.
     *
     * @throws FencedOutException when another node holds the battle now; nothing was stored
     */
    default void appendBatch(String battleId, List<LoggedEvent> events, BattleTally.@Nullable Gifts gifts, long fence) {
        if (fence != 0) {
            throw new UnsupportedOperationException("this log cannot check a fencing token");
        }
        appendBatch(battleId, events, gifts);
    }

    /** Streams one battle's log in sequence order to {@code sink}, without holding it all in memory. */
    void readAll(String battleId, Consumer<LoggedEvent> sink);

    /** The highest sequence number in the battle's log, 0 when it is empty. */
    long lastSeq(String battleId);
}
