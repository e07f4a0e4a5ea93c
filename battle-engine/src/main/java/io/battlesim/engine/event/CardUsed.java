package io.battlesim.engine.event;

import io.battlesim.engine.powerup.PowerUpKind;
import java.util.Objects;

/**
 * A creator's side used a booster card in TikTok's match ({@code linkMicBattleItemCard}); applied as TikTok
 * reports it, without the battle's power-up rules.
 *
 * @param eventId the source's message id; never null
 * @param userId the creator whose side used the card; never null
 * @param card the booster; never null
 * @param durationMillis the effect's length, or for a time maker the time added; not negative
 * @param timestamp when the card was used, epoch milliseconds
 */
public record CardUsed(String eventId, String userId, PowerUpKind card, long durationMillis, long timestamp)
        implements MirrorEvent {

    public CardUsed {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(userId, "userId must not be null");
        Objects.requireNonNull(card, "card must not be null");
        if (durationMillis < 0) {
            throw new IllegalArgumentException("durationMillis must not be negative but was " + durationMillis);
        }
    }
}
