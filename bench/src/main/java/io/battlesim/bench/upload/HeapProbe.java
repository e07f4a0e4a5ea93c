package io.battlesim.bench.upload;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the heap every millisecond during a run for its peak, and measures it after a full GC. */
final class HeapProbe implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;

    private HeapProbe() {
        sampler = Thread.ofPlatform().daemon().start(this::sample);
    }

    /** Collects garbage first, so the peak is what the run itself allocated on top of the live set. */
    static HeapProbe start() {
        usedAfterGc();
        return new HeapProbe();
    }

    static long usedAfterGc() {
        System.gc();
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    long peak() {
        return peak.get();
    }

    private void sample() {
        while (running.get()) {
            peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        sampler.join();
    }
}
