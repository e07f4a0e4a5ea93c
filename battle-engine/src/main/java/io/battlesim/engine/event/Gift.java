package io.battlesim.engine.event;

import java.util.Objects;

/**
 * A gift as described by the source.
 *
 * @param id TikTok's gift id
 * @param name the gift's name, untrusted text; never null
 * @param type TikTok's gift type; 1 means streakable
 * @param diamondCount the coin price of one unit, not negative
 */
public record Gift(int id, String name, int type, int diamondCount) {

    /** The gift type whose events come as cumulative streaks. */
    public static final int STREAKABLE_TYPE = 1;

    public Gift {
        Objects.requireNonNull(name, "name must not be null");
        if (diamondCount < 0) {
            throw new IllegalArgumentException("diamondCount must not be negative but was " + diamondCount);
        }
    }

    /** Whether this gift arrives as a streak of cumulative events (type 1). */
    public boolean streakable() {
        return type == STREAKABLE_TYPE;
    }
}
