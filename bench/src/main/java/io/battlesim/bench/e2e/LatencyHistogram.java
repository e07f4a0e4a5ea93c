package io.battlesim.bench.e2e;

/**
 * Latencies in 20 µs buckets up to 60 s (larger ones count in the last bucket, the maximum stays exact). One per
 * recording thread (not thread-safe; each holds 3 million counters, 24 MB); merged after the threads stop.
 */
public final class LatencyHistogram {

    private static final long BUCKET_NANOS = 20_000;
    private static final int BUCKETS = (int) (60_000_000_000L / BUCKET_NANOS);

    private final long[] counts = new long[BUCKETS];
    private long total;
    private long max;

    /** Records one latency; a negative one counts as 0. */
    public void record(long nanos) {
        long value = Math.max(0, nanos);
        counts[(int) Math.min(BUCKETS - 1, value / BUCKET_NANOS)]++;
        total++;
        max = Math.max(max, value);
    }

    /** Adds every latency of {@code other}. */
    public void add(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        max = Math.max(max, other.max);
    }

    /** Latencies recorded. */
    public long count() {
        return total;
    }

    /** The latency at {@code quantile} (0 to 1) in milliseconds: the upper edge of its bucket; NaN when empty. */
    public double millisAt(double quantile) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(max, (i + 1) * BUCKET_NANOS) / 1e6;
            }
        }
        return max / 1e6;
    }

    /** The largest latency in milliseconds, exact; NaN when empty. */
    public double maxMillis() {
        return total == 0 ? Double.NaN : max / 1e6;
    }
}
