package io.battlesim.bench.cluster;

import java.io.IOException;

/**
 * What a connection costs a node: its resident memory and its heap after a full GC before the viewers connect and
 * once they are connected (before the load starts), and its resident memory after the load. The heap figure is the
 * steady one; RSS also moves with how far the heap grew before the last collection (the kernel's socket buffers are
 * in no process's RSS).
 */
final class Memory {

    private final Rig rig;
    private final long[] idle;
    private final long[] idleHeap;
    private long[] connected;
    private long[] connectedHeap;
    private long[] end;

    Memory(Rig rig) {
        this.rig = rig;
        this.idleHeap = heaps();
        this.idle = rss();
        this.connected = idle;
        this.connectedHeap = idleHeap;
        this.end = idle;
    }

    /** The viewers are connected (and settled). */
    void connected() {
        connectedHeap = heaps();
        connected = rss();
    }

    /** The load is over. */
    void end() {
        end = rss();
    }

    void report(Results results, String section, Viewers viewers) throws IOException {
        StringBuilder rss = new StringBuilder();
        for (int node = 0; node < idle.length; node++) {
            rss.append(node == 0 ? "" : " / ")
                    .append(idle[node] / 1024)
                    .append(" → ")
                    .append(connected[node] / 1024)
                    .append(" → ")
                    .append(end[node] / 1024);
        }
        results.add(section, "node RSS, MB: idle → viewers connected → after the load", "%s", rss);
        int nodes = idle.length;
        results.add(
                section,
                "memory per connection, KB: heap after GC (RSS)",
                "%s (%s)",
                Window.eachNode(nodes, "%.1f", node -> (connectedHeap[node] - idleHeap[node]) / per(viewers, node)),
                Window.eachNode(nodes, "%.1f", node -> (connected[node] - idle[node]) / per(viewers, node)));
    }

    private static double per(Viewers viewers, int node) {
        return Math.max(1, viewers.clients(node));
    }

    private long[] rss() {
        long[] kilobytes = new long[rig.nodes()];
        for (int node = 0; node < kilobytes.length; node++) {
            kilobytes[node] = Machine.rssKb(rig.pid(node));
        }
        return kilobytes;
    }

    private long[] heaps() {
        long[] kilobytes = new long[rig.nodes()];
        for (int node = 0; node < kilobytes.length; node++) {
            kilobytes[node] = Heaps.usedAfterGc(rig.pid(node));
        }
        return kilobytes;
    }
}
