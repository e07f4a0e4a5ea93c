package io.battlesim.app.live.connector;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last stream sequence number of a room whose events the battle acknowledged: only moves forward (acknowledgements
 * of overlapping connections may arrive in any order) except when the stream numbers from 1 again, and is saved at
 * most once a second (and when the connector stops), off the caller's thread.
 */
final class AcknowledgedCursor {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgedCursor.class);
    private static final Duration SAVE_EVERY = Duration.ofSeconds(1);

    private final String battleId;
    private final String roomId;
    private final ConnectorContext.CursorSaver saver;
    private final Clock clock;
    private final AtomicLong acknowledged;
    private final Object saving = new Object();
    private long persisted;
    private long numbering;
    private long lastSaveAt;

    AcknowledgedCursor(String battleId, String roomId, long initial, ConnectorContext.CursorSaver saver, Clock clock) {
        this.battleId = battleId;
        this.roomId = roomId;
        this.saver = saver;
        this.clock = clock;
        this.acknowledged = new AtomicLong(initial);
        this.persisted = initial;
    }

    /** The last acknowledged sequence number, -1 before any. */
    long get() {
        return acknowledged.get();
    }

    /** The battle logged everything up to {@code seq}. */
    void acknowledge(long seq) {
        long now = clock.millis();
        long numberingAtAck = currentNumbering();
        long ack = acknowledged.accumulateAndGet(seq, Math::max);
        boolean due;
        synchronized (this) {
            due = now - lastSaveAt >= SAVE_EVERY.toMillis();
            if (due) {
                lastSaveAt = now;
            }
        }
        if (due) {
            Thread.startVirtualThread(() -> save(ack, numberingAtAck));
        }
    }

    /** The stream numbers from 1 again and replays from {@code firstSeq}: follow the new numbering. */
    void renumbered(long firstSeq) {
        synchronized (saving) {
            acknowledged.set(firstSeq - 1);
            persisted = -1;
            numbering++;
        }
    }

    /** Saves the current value now (when the connector stops). */
    void saveNow() {
        synchronized (saving) {
            save(acknowledged.get(), numbering);
        }
    }

    private long currentNumbering() {
        synchronized (saving) {
            return numbering;
        }
    }

    /**
     * Saves {@code seq} unless it is not newer than what was saved or it belongs to the numbering before a restart of
     * the stream: a background save still carrying the old numbering's high value must not overwrite the new cursor.
     */
    private void save(long seq, long numberingOfSeq) {
        if (seq < 0) {
            return;
        }
        synchronized (saving) {
            if (numberingOfSeq != numbering || seq <= persisted) {
                return;
            }
            try {
                saver.save(battleId, roomId, seq);
                persisted = seq;
            } catch (RuntimeException e) {
                log.warn("Saving the cursor of battle {} room {} failed: {}", battleId, roomId, e.toString());
            }
        }
    }
}
