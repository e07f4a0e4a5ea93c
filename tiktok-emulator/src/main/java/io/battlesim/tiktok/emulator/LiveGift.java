package io.battlesim.tiktok.emulator;

import java.util.Objects;

/**
 * One gift of the emulator's LIVE catalogue (the real gifts and coin prices; the ids are the emulator's, stable).
 *
 * @param id the gift id sent as {@code gift.id}
 * @param name the gift name, e.g. {@code Rose}
 * @param diamondCount the price of one unit in coins, sent as {@code gift.diamond_count}
 * @param type 1 for streakable gifts, 2 for gifts that arrive as one event
 */
public record LiveGift(int id, String name, int diamondCount, int type) {

    /** Validates the values. */
    public LiveGift {
        Objects.requireNonNull(name, "name must not be null");
        if (id <= 0 || diamondCount <= 0) {
            throw new IllegalArgumentException("id and diamondCount must be positive");
        }
        if (type != 1 && type != 2) {
            throw new IllegalArgumentException("type must be 1 or 2, got " + type);
        }
    }

    /**
     * Whether viewers can tap this gift repeatedly in a streak ({@code type == 1}).
     *
     * @return true for type 1
     */
    public boolean streakable() {
        return type == 1;
    }
}
