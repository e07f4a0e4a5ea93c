package io.battlesim.app.scoreboard.stream;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The latest frames of one battle in a bounded ring, addressed by absolute position (0, 1, 2, … for ever).
 * One writer appends; any number of client writers read from their own cursor without locks: a position that
 * has been overwritten reads as null, which tells its reader it fell too far behind.
 */
final class FrameLog {

    private record Slot(long position, SseFrame frame) {}

    private final AtomicReferenceArray<@Nullable Slot> ring;
    private final int mask;
    private volatile long head;
    private volatile long latestScoreboard = -1;
    private volatile long latestScore = -1;

    FrameLog(int capacity) {
        int size = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
        this.ring = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
    }

    /** Appends a frame (single writer only); readers see it once {@link #head()} covers it. */
    void append(SseFrame frame) {
        long position = head;
        ring.set((int) (position & mask), new Slot(position, frame));
        if (SseFrame.SCOREBOARD.equals(frame.event())) {
            latestScoreboard = position;
        } else if (SseFrame.SCORE.equals(frame.event())) {
            latestScore = position;
        }
        head = position + 1;
    }

    /** The position the next frame will take: every frame below it is readable unless overwritten. */
    long head() {
        return head;
    }

    /** The oldest position still in the ring. */
    long oldest() {
        return Math.max(0, head - ring.length());
    }

    /** The position of the latest scoreboard frame, or -1. */
    long latestScoreboard() {
        return latestScoreboard;
    }

    /** The position of the latest score frame, or -1. */
    long latestScore() {
        return latestScore;
    }

    /**
     * Whether a later frame makes {@code frame} (at {@code position}) useless to a client that has not received it:
     * a full scoreboard is superseded by a later one, a score by a later score or scoreboard. Gifts and ends never
     * are. The latest positions are passed in so that one drain decides on one consistent reading.
     */
    static boolean superseded(SseFrame frame, long position, long latestScoreboard, long latestScore) {
        return switch (frame.event()) {
            case SseFrame.SCOREBOARD -> position < latestScoreboard;
            case SseFrame.SCORE -> position < Math.max(latestScoreboard, latestScore);
            default -> false;
        };
    }

    /** The frame at {@code position}, or null when it has been overwritten (or is not written yet). */
    @Nullable
    SseFrame at(long position) {
        Slot slot = ring.get((int) (position & mask));
        return slot != null && slot.position() == position ? slot.frame() : null;
    }

    /**
     * Where a client that saw every update up to {@code afterSequence} starts reading: the first frame with a
     * higher sequence, or {@link #oldest()} when older ones are gone, or {@link #head()} when it saw them all.
     */
    long positionAfter(long afterSequence) {
        long end = head;
        for (long position = oldest(); position < end; position++) {
            SseFrame frame = at(position);
            if (frame != null && frame.sequence() > afterSequence) {
                return position;
            }
        }
        return end;
    }
}
