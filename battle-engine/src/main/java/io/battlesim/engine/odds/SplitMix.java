package io.battlesim.engine.odds;

/**
 * SplitMix64, reseeded for every side of every rollout: a side's draws depend only on its seed, so handing the same
 * seeds to the sides in rotated order replays the same luck for each of them (see {@link WinProbability}). A
 * {@link java.util.random.RandomGenerator} object per rollout would allocate in the hot loop; this one is reused.
 */
final class SplitMix {

    private long state;

    void seed(long seed) {
        state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
