package io.battlesim.tiktok.emulator.live;

import java.util.ArrayList;
import java.util.List;

/**
 * The last {@code capacity} frames of a room, by {@code seq} (consecutive, starting at 1). Not thread-safe: the
 * owning room guards it.
 */
final class MessageBuffer {

    private final String[] frames;
    private long lastSeq;
    private int size;

    MessageBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.frames = new String[capacity];
    }

    /** Appends the frame of the next seq and returns that seq. */
    long append(String frame) {
        lastSeq++;
        frames[slot(lastSeq)] = frame;
        size = Math.min(size + 1, frames.length);
        return lastSeq;
    }

    /** The seq the next frame will get. */
    long nextSeq() {
        return lastSeq + 1;
    }

    long lastSeq() {
        return lastSeq;
    }

    /** The oldest seq still held, or {@code lastSeq + 1} when empty. */
    long firstSeq() {
        return lastSeq - size + 1;
    }

    /** The held frames with a seq above the cursor, oldest first. */
    List<String> after(long cursor) {
        long from = Math.max(cursor + 1, firstSeq());
        List<String> result = new ArrayList<>((int) Math.max(0, lastSeq - from + 1));
        for (long seq = from; seq <= lastSeq; seq++) {
            result.add(frames[slot(seq)]);
        }
        return result;
    }

    private int slot(long seq) {
        return (int) Math.floorMod(seq, (long) frames.length);
    }
}
