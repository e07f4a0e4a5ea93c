package io.battlesim.engine.event;

import java.util.Map;
import java.util.Objects;

/**
 * TikTok's authoritative scores ({@code linkMicArmies}): points per creator, summed per side by the engine.
 *
 * @param eventId the source's message id; never null
 * @param pointsByUserId points per host or guest user id; never null
 * @param timestamp when the event was received, epoch milliseconds
 */
public record ArmiesUpdated(String eventId, Map<String, Long> pointsByUserId, long timestamp) implements MirrorEvent {

    public ArmiesUpdated {
        Objects.requireNonNull(eventId, "eventId must not be null");
        pointsByUserId = Map.copyOf(Objects.requireNonNull(pointsByUserId, "pointsByUserId must not be null"));
    }
}
