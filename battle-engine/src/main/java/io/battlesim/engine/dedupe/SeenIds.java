package io.battlesim.engine.dedupe;

import java.util.Arrays;
import java.util.Objects;

/**
 * An insert-only set of message ids. The ids are appended to an array in arrival order; an open-addressing table
 * of {@code long} slots (hash in the high half, position + 1 in the low half, 0 for free) finds them. A probe
 * reads one slot, and the id itself only when the hash matches, so inserting a new id touches one random cache
 * line; growing rehashes the slots without moving the ids. No per-insert allocation. Engine-internal and not
 * thread-safe.
 */
public final class SeenIds {

    private static final int MAX_IDS = 1 << 29;

    private String[] ids;
    private long[] slots;
    private int mask;
    private int size;

    /** A set sized for about {@code expected} ids before it first grows. */
    public SeenIds(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException("expected must not be negative but was " + expected);
        }
        int capacity = 16;
        while (capacity <= 2L * expected && capacity < 2 * MAX_IDS) {
            capacity <<= 1;
        }
        ids = new String[capacity / 2];
        slots = new long[capacity];
        mask = capacity - 1;
    }

    /**
     * Adds an id.
     *
     * @return true when the id is new, false when it was seen before
     */
    public boolean add(String id) {
        Objects.requireNonNull(id, "id must not be null");
        int hash = spread(id.hashCode());
        int i = hash & mask;
        for (long slot = slots[i]; slot != 0; slot = slots[i]) {
            if ((int) (slot >>> 32) == hash && ids[(int) slot - 1].equals(id)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        if (size == ids.length) {
            grow();
            return add(id);
        }
        ids[size++] = id;
        slots[i] = ((long) hash << 32) | size;
        return true;
    }

    /** Whether the id was seen. */
    public boolean contains(String id) {
        int hash = spread(id.hashCode());
        int i = hash & mask;
        for (long slot = slots[i]; slot != 0; slot = slots[i]) {
            if ((int) (slot >>> 32) == hash && ids[(int) slot - 1].equals(id)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** How many distinct ids were seen. */
    public int size() {
        return size;
    }

    private void grow() {
        if (size >= MAX_IDS) {
            throw new IllegalStateException("too many message ids in one battle: " + size);
        }
        ids = Arrays.copyOf(ids, ids.length << 1);
        long[] old = slots;
        slots = new long[old.length << 1];
        mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = (int) (slot >>> 32) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }

    /** Mixes the bits of a string hash. */
    static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
