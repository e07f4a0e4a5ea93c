package io.battlesim.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-viewer vote limit: at most {@code n} accepted votes in any window of {@code w} ms. Each voter keeps the
 * times of their last {@code n} accepted votes, oldest first, so a check reads one array. Engine-internal.
 */
final class VoterWindows {

    private static final long FREE = Long.MIN_VALUE;

    private final Map<String, long[]> lastVotes = new HashMap<>();

    /** Whether the voter may vote at {@code at}; when true the vote is recorded. */
    boolean tryVote(String voterId, long at, int votesPerWindow, long windowMillis) {
        long[] times = lastVotes.get(voterId);
        if (times == null) {
            times = new long[votesPerWindow];
            Arrays.fill(times, FREE);
            lastVotes.put(voterId, times);
        } else if (times.length != votesPerWindow) {
            times = resized(times, votesPerWindow);
            lastVotes.put(voterId, times);
        }
        if (times[0] != FREE && times[0] > at - windowMillis) {
            return false;
        }
        insert(times, at);
        return true;
    }

    /** How many viewers have had a vote accepted. */
    int voters() {
        return lastVotes.size();
    }

    /** Drops the oldest time and puts {@code at} in order (votes may arrive slightly out of time order). */
    private static void insert(long[] times, long at) {
        int i = 0;
        while (i + 1 < times.length && times[i + 1] <= at) {
            times[i] = times[i + 1];
            i++;
        }
        times[i] = at;
    }

    /** The latest {@code size} times of {@code times}, oldest first, padded with free slots in front. */
    private static long[] resized(long[] times, int size) {
        long[] fresh = new long[size];
        Arrays.fill(fresh, FREE);
        int copy = Math.min(size, times.length);
        System.arraycopy(times, times.length - copy, fresh, size - copy, copy);
        return fresh;
    }
}
