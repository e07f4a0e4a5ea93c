package io.battlesim.bench.upload;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap's peak during a run from the JVM's own per-pool peak counters (reset at the start; their sum is an upper
 * bound of the true peak, including garbage left from before), and the heap after a full GC. No sampling thread competes with the upload for CPU.
 */
final class HeapProbe {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();

    private HeapProbe() {}

    /**
     * Resets the peaks. No GC here: a full GC right before the upload shrinks the young generation and makes the
     * timed run pay for growing it again, which curl never pays.
     */
    static void start() {
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peak() {
        return HEAP_POOLS.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    static long usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
