package io.battlesim.app.battle.persistence;

import java.util.List;
import java.util.function.Consumer;

/** The durable, append-only event log of every battle. */
public interface BattleEventLog {

    /**
     * Appends events to one battle's log in a single transaction: all of them are durable when this returns, or
     * none is and it throws.
     *
     * @param battleId the battle; never null
     * @param events entries with consecutive sequence numbers following the log's last one; never null
     */
    void appendBatch(String battleId, List<LoggedEvent> events);

    /** Streams one battle's log in sequence order to {@code sink}, without holding it all in memory. */
    void readAll(String battleId, Consumer<LoggedEvent> sink);

    /** The highest sequence number in the battle's log, 0 when it is empty. */
    long lastSeq(String battleId);
}
