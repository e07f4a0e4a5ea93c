package io.battlesim.bench.cluster;

import io.battlesim.bench.e2e.LatencyHistogram;
import io.battlesim.bench.e2e.SseSwarm;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;

/**
 * A battle's viewers spread round-robin over the nodes: per node one {@link SseSwarm} on the battle's stream
 * ({@code /battles/{id}/stream}, what the scoreboard and viewer pages read) with its {@link Timelines}.
 */
final class Viewers implements AutoCloseable {

    private final SseSwarm[] swarms;
    private final Timelines[] timelines;
    private final int[] clients;

    /** The latencies of the measured probes to every client: all, by the clients' node, by the probe's node. */
    static final class Latencies {

        final LatencyHistogram all = new LatencyHistogram();
        final LatencyHistogram[] byViewerNode;
        final LatencyHistogram[] byIngestNode;
        /** Deliveries that never happened. */
        long missing;

        Latencies(int nodes) {
            byViewerNode = new LatencyHistogram[nodes];
            byIngestNode = new LatencyHistogram[nodes];
            for (int node = 0; node < nodes; node++) {
                byViewerNode[node] = new LatencyHistogram();
                byIngestNode[node] = new LatencyHistogram();
            }
        }

        void record(int viewerNode, int ingestNode, long nanos) {
            all.record(nanos);
            byViewerNode[viewerNode].record(nanos);
            byIngestNode[ingestNode].record(nanos);
        }
    }

    Viewers(ClusterApi api, String battleId, int total, int readersPerNode) throws IOException {
        int nodes = api.nodes();
        this.swarms = new SseSwarm[nodes];
        this.timelines = new Timelines[nodes];
        this.clients = new int[nodes];
        for (int node = 0; node < nodes; node++) {
            clients[node] = total / nodes + (node < total % nodes ? 1 : 0);
            timelines[node] = new Timelines(clients[node]);
            URI base = api.node(node);
            swarms[node] = new SseSwarm(
                    new InetSocketAddress(base.getHost(), base.getPort()),
                    "/battles/" + battleId + "/stream",
                    readersPerNode,
                    timelines[node]);
        }
    }

    /** Opens every node's clients, {@code perSecond} at most, and waits until each has its headers (3 min at most). */
    boolean open(int perSecond) throws InterruptedException {
        boolean all = true;
        for (int node = 0; node < swarms.length; node++) {
            all &= swarms[node].open(clients[node], perSecond, 180);
        }
        return all;
    }

    int clients(int node) {
        return clients[node];
    }

    long frames(int node) {
        return swarms[node].frames();
    }

    long frames() {
        long frames = 0;
        for (SseSwarm swarm : swarms) {
            frames += swarm.frames();
        }
        return frames;
    }

    int established() {
        int established = 0;
        for (SseSwarm swarm : swarms) {
            established += swarm.established();
        }
        return established;
    }

    int reopened() {
        int reopened = 0;
        for (SseSwarm swarm : swarms) {
            reopened += swarm.reopened();
        }
        return reopened;
    }

    int failures() {
        int failures = 0;
        for (SseSwarm swarm : swarms) {
            failures += swarm.failures();
        }
        return failures;
    }

    /** The measured probes' latencies; call after {@link #close()}. */
    Latencies latencies(List<Integer> order, Probes probes) {
        Latencies latencies = new Latencies(swarms.length);
        for (int node = 0; node < swarms.length; node++) {
            timelines[node].record(order, probes, node, latencies);
        }
        return latencies;
    }

    @Override
    public void close() throws InterruptedException {
        for (SseSwarm swarm : swarms) {
            swarm.close();
        }
    }
}
