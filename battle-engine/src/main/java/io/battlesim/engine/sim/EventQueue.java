package io.battlesim.engine.sim;

import io.battlesim.engine.event.BattleEvent;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Scheduled events in delivery order: by time, then by the order they were scheduled in. The tie-break makes the
 * order independent of when events are taken out, so a fast run and a 1x run deliver the same sequence. A binary
 * heap on primitive keys: the simulator's hottest structure after the battle itself.
 */
final class EventQueue {

    private long[] times = new long[64];
    private long[] sequences = new long[64];
    private BattleEvent[] events = new BattleEvent[64];
    private int size;
    private long sequence;

    void add(BattleEvent event) {
        if (size == events.length) {
            times = Arrays.copyOf(times, size * 2);
            sequences = Arrays.copyOf(sequences, size * 2);
            events = Arrays.copyOf(events, size * 2);
        }
        int i = size++;
        long time = event.timestamp();
        long order = sequence++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, order, parent)) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        place(i, time, order, event);
    }

    /** The next event if it is due before {@code limit} (exclusive), removed; else null. */
    @Nullable
    BattleEvent pollBefore(long limit) {
        if (size == 0 || times[0] >= limit) {
            return null;
        }
        BattleEvent first = events[0];
        int last = --size;
        long time = times[last];
        long order = sequences[last];
        BattleEvent moved = events[last];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && precedes(child + 1, child)) {
                child++;
            }
            if (before(time, order, child)) {
                break;
            }
            move(child, i);
            i = child;
        }
        place(i, time, order, moved);
        return first;
    }

    private boolean before(long time, long order, int slot) {
        return time < times[slot] || (time == times[slot] && order < sequences[slot]);
    }

    private boolean precedes(int a, int b) {
        return before(times[a], sequences[a], b);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        sequences[to] = sequences[from];
        events[to] = events[from];
    }

    private void place(int slot, long time, long order, BattleEvent event) {
        times[slot] = time;
        sequences[slot] = order;
        events[slot] = event;
    }
}
