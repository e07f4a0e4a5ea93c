package io.battlesim.bench.audience;

import java.util.Arrays;

/**
 * The vote totals one SSE client saw and when: an entry each time its {@code audience.totalVotes} rose, so the
 * moment it first showed a given total is a binary search away. Written by the client's reader thread only, read
 * after the readers stopped.
 */
final class ClientTrail {

    private long[] nanos = new long[256];
    private long[] totals = new long[256];
    private int size;

    /** A frame showing {@code total} read at {@code atNanos}; kept only when the total rose. */
    void saw(long atNanos, long total) {
        if (size > 0 && total <= totals[size - 1]) {
            return;
        }
        if (size == totals.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
            totals = Arrays.copyOf(totals, size * 2);
        }
        nanos[size] = atNanos;
        totals[size] = total;
        size++;
    }

    /** Whether the client ever showed {@code total} or more. */
    boolean reached(long total) {
        return size > 0 && totals[size - 1] >= total;
    }

    /**
     * When the client first showed {@code total} or more.
     *
     * @throws IllegalStateException when it never did (check {@link #reached(long)} first)
     */
    long firstReached(long total) {
        if (!reached(total)) {
            throw new IllegalStateException("total " + total + " never reached; last seen " + last());
        }
        int low = 0;
        int high = size - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (totals[middle] >= total) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return nanos[low];
    }

    /** The last total shown, or -1 before the first frame. */
    long last() {
        return size == 0 ? -1 : totals[size - 1];
    }
}
