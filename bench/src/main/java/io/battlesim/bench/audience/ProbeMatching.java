package io.battlesim.bench.audience;

import io.battlesim.bench.e2e.LatencyHistogram;
import java.util.Collection;
import java.util.List;

/**
 * Vote-to-client latency: for each probe (a counted web vote, the moment just before it was sent and the total its
 * answer reported) and each client, the time from the send until the client first showed that total or more. The
 * answer's total is read after the vote was applied, so it may include a few later votes: the latency is then
 * measured to a slightly later frame, never an earlier one.
 */
final class ProbeMatching {

    private ProbeMatching() {}

    /**
     * A counted web vote used to time delivery.
     *
     * @param sentNanos {@code System.nanoTime()} just before the vote was sent
     * @param answeredNanos {@code System.nanoTime()} when its answer had arrived
     * @param total {@code audience.totalVotes} of the vote's 200 answer
     */
    record Probe(long sentNanos, long answeredNanos, long total) {}

    /**
     * The matching's outcome.
     *
     * @param latencies one per delivered (probe, client) pair: from the vote's send until the client showed it
     * @param afterAnswer the same pairs from the vote's answer until the client showed it (0 when the client had it
     *     first): the fan-out's share, without the wait for the vote to be applied
     * @param probes probes matched
     * @param clients clients matched
     * @param delivered (probe, client) pairs where the client showed the probe's total
     * @param probesEverywhere probes every client showed
     */
    record Deliveries(
            LatencyHistogram latencies,
            LatencyHistogram afterAnswer,
            long probes,
            int clients,
            long delivered,
            long probesEverywhere) {

        long expected() {
            return probes * clients;
        }

        /** Whether every probe reached every client. */
        boolean complete() {
            return delivered == expected();
        }
    }

    static Deliveries match(Collection<Probe> probes, List<ClientTrail> clients) {
        LatencyHistogram latencies = new LatencyHistogram();
        LatencyHistogram afterAnswer = new LatencyHistogram();
        long delivered = 0;
        long everywhere = 0;
        for (Probe probe : probes) {
            int reached = 0;
            for (ClientTrail client : clients) {
                if (client.reached(probe.total())) {
                    long shown = client.firstReached(probe.total());
                    latencies.record(shown - probe.sentNanos());
                    afterAnswer.record(shown - probe.answeredNanos());
                    reached++;
                }
            }
            delivered += reached;
            everywhere += reached == clients.size() ? 1 : 0;
        }
        return new Deliveries(latencies, afterAnswer, probes.size(), clients.size(), delivered, everywhere);
    }
}
