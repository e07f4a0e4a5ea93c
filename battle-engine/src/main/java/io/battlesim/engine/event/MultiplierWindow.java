package io.battlesim.engine.event;

import java.util.Objects;

/**
 * TikTok opened a speed-challenge reward window ({@code linkMicBattleTask}): the creator's side scores x2 or x3.
 *
 * @param eventId the source's message id; never null
 * @param userId the creator whose side is rewarded; never null
 * @param multiplier the points factor, at least 1
 * @param startsAt window start, epoch milliseconds
 * @param endsAt window end (exclusive), epoch milliseconds, not before the start
 * @param timestamp when the event was received, epoch milliseconds
 */
public record MultiplierWindow(
        String eventId, String userId, int multiplier, long startsAt, long endsAt, long timestamp)
        implements MirrorEvent {

    public MultiplierWindow {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(userId, "userId must not be null");
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be at least 1 but was " + multiplier);
        }
        if (endsAt < startsAt) {
            throw new IllegalArgumentException("endsAt must not be before startsAt");
        }
    }
}
