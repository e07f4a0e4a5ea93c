package io.battlesim.engine.scoring;

import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.Sender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the commits of the last {@code windowMillis} (relative to the newest one) so that the snipes can be
 * taken for whenever the battle actually ends, early or extended. A ring of parallel arrays: recording a commit
 * allocates nothing; {@link Snipe} views are built only when asked for.
 */
public final class SnipeWindow {

    private final List<String> sideIds;
    private final long windowMillis;
    private final long minPoints;
    private long[] at = new long[64];
    private int[] side = new int[64];
    private Sender[] sender = new Sender[64];
    private Gift[] gift = new Gift[64];
    private int[] count = new int[64];
    private long[] coins = new long[64];
    private long[] points = new long[64];
    private int head;
    private int size;
    private long newest = Long.MIN_VALUE;

    /** Keeps commits of at least {@code minPoints} points for {@code windowMillis}, naming sides by index. */
    public SnipeWindow(List<String> sideIds, long windowMillis, long minPoints) {
        if (windowMillis < 0) {
            throw new IllegalArgumentException("windowMillis must not be negative but was " + windowMillis);
        }
        this.sideIds = List.copyOf(Objects.requireNonNull(sideIds, "sideIds must not be null"));
        this.windowMillis = windowMillis;
        this.minPoints = minPoints;
    }

    /** Keeps a commit if it is big enough, and forgets those too old to ever be snipes. */
    public void record(long when, int sideIndex, Sender from, Gift what, int units, long coinValue, long pointValue) {
        if (pointValue < minPoints || windowMillis == 0) {
            return;
        }
        newest = Math.max(newest, when);
        while (size > 0 && at[head] < newest - windowMillis) {
            sender[head] = null;
            gift[head] = null;
            head = (head + 1) & (at.length - 1);
            size--;
        }
        if (size == at.length) {
            grow();
        }
        int i = (head + size) & (at.length - 1);
        at[i] = when;
        side[i] = sideIndex;
        sender[i] = from;
        gift[i] = what;
        count[i] = units;
        coins[i] = coinValue;
        points[i] = pointValue;
        size++;
    }

    /** The kept commits within the window before {@code end}, in arrival order. */
    public List<Snipe> before(long end) {
        List<Snipe> result = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (at.length - 1);
            if (at[i] >= end - windowMillis && at[i] <= end) {
                result.add(new Snipe(
                        at[i],
                        sideIds.get(side[i]),
                        sender[i].userId(),
                        sender[i].nickname(),
                        gift[i].name(),
                        count[i],
                        coins[i],
                        points[i]));
            }
        }
        return List.copyOf(result);
    }

    private void grow() {
        int capacity = at.length << 1;
        at = unroll(at, capacity);
        side = unroll(side, capacity);
        sender = unroll(sender, capacity);
        gift = unroll(gift, capacity);
        count = unroll(count, capacity);
        coins = unroll(coins, capacity);
        points = unroll(points, capacity);
        head = 0;
    }

    private long[] unroll(long[] ring, int capacity) {
        long[] copy = new long[capacity];
        int first = Math.min(size, ring.length - head);
        System.arraycopy(ring, head, copy, 0, first);
        System.arraycopy(ring, 0, copy, first, size - first);
        return copy;
    }

    private int[] unroll(int[] ring, int capacity) {
        int[] copy = new int[capacity];
        int first = Math.min(size, ring.length - head);
        System.arraycopy(ring, head, copy, 0, first);
        System.arraycopy(ring, 0, copy, first, size - first);
        return copy;
    }

    private <T> T[] unroll(T[] ring, int capacity) {
        T[] copy = Arrays.copyOf(ring, capacity);
        int first = Math.min(size, ring.length - head);
        System.arraycopy(ring, head, copy, 0, first);
        System.arraycopy(ring, 0, copy, first, size - first);
        Arrays.fill(copy, size, capacity, null);
        return copy;
    }
}
