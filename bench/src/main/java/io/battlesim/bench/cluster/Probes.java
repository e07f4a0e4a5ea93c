package io.battlesim.bench.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The probe gifts sent: each one's send time, whether it was accepted, and which were sent in the measured window.
 * {@link #next()} is called by one thread (the sender); answers arrive on the HTTP client's threads.
 */
final class Probes {

    private static final int PENDING = 0;
    private static final int ACCEPTED = 1;
    private static final int REFUSED = 2;

    private final long[] sentNanos;
    private final int[] nodes;
    private final AtomicIntegerArray outcomes;
    private volatile int sent;
    private volatile int measureFrom = Integer.MAX_VALUE;
    private volatile int measureTo = Integer.MAX_VALUE;

    Probes(int capacity) {
        this.sentNanos = new long[capacity];
        this.nodes = new int[capacity];
        this.outcomes = new AtomicIntegerArray(capacity);
    }

    /**
     * The next probe's id, its send time stamped now (call just before posting it to node {@code node}); -1 when
     * full.
     */
    int next(int node) {
        int id = sent;
        if (id >= sentNanos.length) {
            return -1;
        }
        nodes[id] = node;
        sentNanos[id] = System.nanoTime();
        sent = id + 1; // volatile write after the stamp: whoever sees the id sees its time
        return id;
    }

    void answered(int id, boolean accepted) {
        if (id >= 0) {
            outcomes.set(id, accepted ? ACCEPTED : REFUSED);
        }
    }

    /** Probes sent from now on are measured. */
    void startMeasuring() {
        measureFrom = sent;
    }

    /** Probes sent from now on are not measured. */
    void stopMeasuring() {
        measureTo = sent;
    }

    boolean measured(int id) {
        return id >= measureFrom && id < measureTo;
    }

    long sentAt(int id) {
        return sentNanos[id];
    }

    /** The node probe {@code id} was posted to. */
    int node(int id) {
        return nodes[id];
    }

    /** Measured probes sent, accepted or not. */
    int measuredCount() {
        return Math.max(0, Math.min(sent, measureTo) - measureFrom);
    }

    /** Probes accepted so far, of all sent. */
    int accepted() {
        int count = 0;
        for (int id = 0; id < sent; id++) {
            count += outcomes.get(id) == ACCEPTED ? 1 : 0;
        }
        return count;
    }

    /** Measured probes accepted. */
    int measuredAccepted() {
        int count = 0;
        for (int id = 0; id < sent; id++) {
            count += measured(id) && outcomes.get(id) == ACCEPTED ? 1 : 0;
        }
        return count;
    }

    /** The accepted probes in the order sent: their log order when the log cannot be read (then only roughly). */
    List<Integer> acceptedInSendOrder() {
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < sent; id++) {
            if (outcomes.get(id) == ACCEPTED) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Probes without an answer yet. */
    int pending() {
        int count = 0;
        for (int id = 0; id < sent; id++) {
            count += outcomes.get(id) == PENDING ? 1 : 0;
        }
        return count;
    }
}
