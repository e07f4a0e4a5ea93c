package io.battlesim.engine.event;

import java.util.Map;
import java.util.Objects;

/**
 * TikTok finished the match with its final scores; the battle ends at {@code timestamp}.
 *
 * @param eventId the source's message id; never null
 * @param pointsByUserId final points per host or guest user id; never null, may be empty
 * @param timestamp when the match ended, epoch milliseconds
 */
public record BattleFinished(String eventId, Map<String, Long> pointsByUserId, long timestamp) implements MirrorEvent {

    public BattleFinished {
        Objects.requireNonNull(eventId, "eventId must not be null");
        pointsByUserId = Map.copyOf(Objects.requireNonNull(pointsByUserId, "pointsByUserId must not be null"));
    }
}
