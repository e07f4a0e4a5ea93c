package io.battlesim.bench.cluster;

import io.battlesim.bench.e2e.SseSwarm;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What each SSE client of one swarm saw of side s2's score: the moments it rose and its new values. Side s2 scores
 * only the probes (1 coin each), so its score is the number of probes the battle applied, and a client has seen probe
 * number {@code r} in log order once its s2 score reached {@code r + 1}. Each client's trail is written by its
 * swarm's reader thread only; read it after the swarm is closed.
 */
final class Timelines implements SseSwarm.FrameListener {

    private static final byte[] S2_MARK = "\"id\":\"s2\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SCORE_MARK = "\"score\":".getBytes(StandardCharsets.US_ASCII);

    private final long[][] nanos;
    private final long[][] scores;
    private final int[] sizes;

    Timelines(int clients) {
        this.nanos = new long[clients][64];
        this.scores = new long[clients][64];
        this.sizes = new int[clients];
    }

    @Override
    public void frame(int client, byte[] data, int length, long now) {
        int side = indexOf(data, length, S2_MARK, 0);
        int score = side < 0 ? -1 : indexOf(data, length, SCORE_MARK, side);
        long value = score < 0 ? -1 : number(data, length, score + SCORE_MARK.length);
        int size = sizes[client];
        if (value < 0 || (size > 0 && scores[client][size - 1] >= value)) {
            return;
        }
        if (size == nanos[client].length) {
            nanos[client] = Arrays.copyOf(nanos[client], size * 2);
            scores[client] = Arrays.copyOf(scores[client], size * 2);
        }
        nanos[client][size] = now;
        scores[client][size] = value;
        sizes[client] = size + 1;
    }

    /**
     * Records the latency of each measured probe to each client of this swarm: from just before its POST to the first
     * frame whose s2 score counts it; a delivery that never happened counts as missing.
     *
     * @param order the accepted probes' ids in log order, all of the battle's
     * @param node the node these clients watch on
     */
    void record(List<Integer> order, Probes probes, int node, Viewers.Latencies latencies) {
        for (int client = 0; client < sizes.length; client++) {
            int at = 0;
            for (int rank = 0; rank < order.size(); rank++) {
                int id = order.get(rank);
                if (!probes.measured(id)) {
                    continue;
                }
                while (at < sizes[client] && scores[client][at] < rank + 1) {
                    at++;
                }
                if (at == sizes[client]) {
                    latencies.missing++;
                } else {
                    latencies.record(node, probes.node(id), nanos[client][at] - probes.sentAt(id));
                }
            }
        }
    }

    private static int indexOf(byte[] data, int length, byte[] mark, int from) {
        outer:
        for (int i = from; i <= length - mark.length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (data[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The decimal number at {@code from}, or -1 when there is none. */
    private static long number(byte[] data, int length, int from) {
        long value = -1;
        for (int i = from; i < length && data[i] >= '0' && data[i] <= '9'; i++) {
            value = (value < 0 ? 0 : value * 10) + (data[i] - '0');
        }
        return value;
    }
}
