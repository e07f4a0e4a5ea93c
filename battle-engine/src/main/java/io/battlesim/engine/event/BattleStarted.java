package io.battlesim.engine.event;

import java.util.Objects;

/**
 * TikTok started a LIVE Match ({@code linkMicBattle}); its start and duration replace the configured timer.
 *
 * @param eventId the source's message id; never null
 * @param matchId TikTok's battle id; never null
 * @param startedAt TikTok's start, epoch milliseconds
 * @param durationMillis TikTok's round length, positive
 * @param timestamp when the event was received, epoch milliseconds
 */
public record BattleStarted(String eventId, String matchId, long startedAt, long durationMillis, long timestamp)
        implements MirrorEvent {

    public BattleStarted {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(matchId, "matchId must not be null");
        if (durationMillis <= 0) {
            throw new IllegalArgumentException("durationMillis must be positive but was " + durationMillis);
        }
    }
}
