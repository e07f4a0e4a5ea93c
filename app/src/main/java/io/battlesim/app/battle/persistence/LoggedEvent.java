package io.battlesim.app.battle.persistence;

import io.battlesim.engine.event.BattleEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a battle's event log.
 *
 * @param seq its position in the battle's log, from 1
 * @param event the engine event
 * @param recordedAt when it was appended
 */
public record LoggedEvent(long seq, BattleEvent event, Instant recordedAt) {

    public LoggedEvent {
        Objects.requireNonNull(event, "event must not be null");
        Objects.requireNonNull(recordedAt, "recordedAt must not be null");
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be at least 1 but was " + seq);
        }
    }
}
