package io.battlesim.tiktok.emulator.live;

import java.util.random.RandomGenerator;

/** The numeric ids of the Live API (room, user, message and group ids), all decimal strings. */
final class Ids {

    private Ids() {}

    /** A 19-digit room id starting with 73, like TikTok's. */
    static String roomId(RandomGenerator random) {
        return "73" + digits(random, 17);
    }

    /** A 19-digit user id starting with 7 (viewers) or 68 (creators, see {@link #creatorId}). */
    static String userId(RandomGenerator random) {
        return "7" + digits(random, 18);
    }

    static String creatorId(RandomGenerator random) {
        return "68" + digits(random, 17);
    }

    /**
     * The {@code n}-th id of a sequence: SplitMix64's finaliser is a bijection, so distinct {@code n} give
     * distinct ids within one salt, and the ids look random.
     */
    static String sequenceId(long salt, long n) {
        return Long.toUnsignedString(mix(salt + n * 0x9E3779B97F4A7C15L));
    }

    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String digits(RandomGenerator random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
