package io.battlesim.app.leaderboard;

/**
 * The coin buckets the boards count gifters in (table {@code board_gifter_bucket}): one bucket per value below
 * {@value #EXACT} coins, where most gifters are and ties are common, then 64 buckets per doubling, so a bucket holds
 * a narrow band of coins and a rank needs to count only the gifters of its own band one by one.
 */
public final class CoinBuckets {

    static final long EXACT = 1024;
    private static final int SUB = 64;

    private CoinBuckets() {}

    /** The bucket of a total of {@code coins} (at least 1). */
    public static int of(long coins) {
        if (coins < EXACT) {
            return (int) Math.max(coins, 0);
        }
        int octave = 63 - Long.numberOfLeadingZeros(coins); // 10 and up
        long within = (coins - (1L << octave)) >>> (octave - 6); // the 6 bits after the leading one
        return (int) (EXACT + (long) (octave - 10) * SUB + within);
    }

    /** The smallest total that falls in a bucket above {@code bucket}. */
    public static long end(int bucket) {
        if (bucket < EXACT - 1) {
            return bucket + 1L;
        }
        if (bucket == EXACT - 1) {
            return EXACT;
        }
        int octave = 10 + (int) ((bucket - EXACT) / SUB);
        long within = (bucket - EXACT) % SUB;
        long next = (1L << octave) + ((within + 1) << (octave - 6));
        return next < 0 ? Long.MAX_VALUE : next;
    }
}
