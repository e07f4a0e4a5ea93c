package io.battlesim.tiktok.emulator.live;

import org.jspecify.annotations.Nullable;

/**
 * How the LIVE rooms behave.
 *
 * @param eventsPerSecond the initial generator pace of every room, or null for a seeded pace of 3 to 8 per room
 * @param endDropRate the share of generated streaks whose {@code repeat_end} event goes missing, 0 to 1
 * @param duplicateRate the share of generated events delivered a second time with the same {@code msg_id}, 0 to 1
 * @param bufferSize how many frames each room keeps for cursor replay (10 to 1,000,000), which is also how far a
 *     subscriber may fall behind before it is closed with 1013
 */
public record LiveSettings(@Nullable Double eventsPerSecond, double endDropRate, double duplicateRate, int bufferSize) {

    /** The maximum pace, in events per second and room. */
    public static final double MAX_EVENTS_PER_SECOND = 1_000;

    /** Seeded paces, 2% lost end events, 1% duplicates and a 10,000-frame buffer. */
    public static final LiveSettings DEFAULTS = new LiveSettings(null, 0.02, 0.01, 10_000);

    /** Validates the ranges. */
    public LiveSettings {
        if (eventsPerSecond != null) {
            requirePace(eventsPerSecond);
        }
        requireRate(endDropRate, "endDropRate");
        requireRate(duplicateRate, "duplicateRate");
        if (bufferSize < 10 || bufferSize > 1_000_000) {
            throw new IllegalArgumentException("bufferSize must be between 10 and 1,000,000, got " + bufferSize);
        }
    }

    /**
     * Checks a pace.
     *
     * @param eventsPerSecond the pace
     * @return the pace
     * @throws IllegalArgumentException unless 0 to {@link #MAX_EVENTS_PER_SECOND}
     */
    public static double requirePace(double eventsPerSecond) {
        if (!(eventsPerSecond >= 0 && eventsPerSecond <= MAX_EVENTS_PER_SECOND)) {
            throw new IllegalArgumentException("eventsPerSecond must be between 0 and 1000, got " + eventsPerSecond);
        }
        return eventsPerSecond;
    }

    private static void requireRate(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + rate);
        }
    }
}
