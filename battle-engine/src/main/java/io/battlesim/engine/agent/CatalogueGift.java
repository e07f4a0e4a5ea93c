package io.battlesim.engine.agent;

import io.battlesim.engine.event.Gift;
import java.util.Objects;

/**
 * A real TikTok gift an agent or a simulated crowd can send.
 *
 * @param id TikTok's gift id
 * @param name the gift's name; never null or blank
 * @param type TikTok's gift type; 1 means streakable (sent as a streak of taps)
 * @param coins the coin price of one unit, positive
 */
public record CatalogueGift(int id, String name, int type, int coins) {

    public CatalogueGift {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (coins < 1) {
            throw new IllegalArgumentException("coins must be positive but was " + coins);
        }
    }

    /** Whether the gift is sent as a streak of taps with cumulative counts (type 1). */
    public boolean streakable() {
        return type == Gift.STREAKABLE_TYPE;
    }

    /** The gift as the engine's events describe it; never null. */
    public Gift toGift() {
        return new Gift(id, name, type, coins);
    }
}
