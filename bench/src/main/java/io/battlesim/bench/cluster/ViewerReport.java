package io.battlesim.bench.cluster;

import io.battlesim.bench.e2e.LatencyHistogram;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures and checks of one {@link ViewerRun}, reported at its end.
 *
 * @param window the measured window
 * @param frames the frames each node's viewers received in the window
 * @param accepted ingest events accepted per second in the window
 * @param connected whether every viewer got its stream
 * @param reopened streams that ended and were opened again
 * @param expected the coins each side must have scored: the accepted load and the accepted probes
 * @param scores the sides' scores afterwards
 * @param order the accepted probes in log order
 */
record ViewerReport(
        ViewerRun run,
        Window window,
        long[] frames,
        double accepted,
        boolean connected,
        int reopened,
        Memory memory,
        long[] expected,
        long[] scores,
        List<Integer> order,
        Viewers.Latencies latencies) {

    /** Reports every figure; whether every probe reached every viewer and nothing was lost. */
    boolean report(Viewers viewers) throws IOException {
        Results results = run.rig.results();
        String section = run.section;
        results.add(
                section,
                "ingest events accepted/s",
                "%,.0f (offered %,d)",
                accepted,
                run.rig.settings().rate());
        LatencyHistogram all = latencies.all;
        results.add(
                section,
                "gift-to-viewer p50 / p99 / max, ms",
                "%.1f / %.1f / %.1f",
                all.millisAt(0.5),
                all.millisAt(0.99),
                all.maxMillis());
        results.add(
                section,
                "gift-to-viewer p50 / p99 by the node the gift was posted to, ms",
                "%s",
                percentiles(latencies.byIngestNode));
        results.add(
                section,
                "gift-to-viewer p50 / p99 by the node the viewers watch on, ms",
                "%s",
                percentiles(latencies.byViewerNode));
        results.add(section, "ingest POST answered p50 / p99 by node, ms", "%s", percentiles(run.answers));
        costs(results, section, viewers);
        window.report(section);
        return checks(results, section);
    }

    private void costs(Results results, String section, Viewers viewers) throws IOException {
        long total = Arrays.stream(frames).sum();
        results.add(
                section,
                "frames delivered in the window",
                "%,d (%,.0f/s, %.1f/s per viewer)",
                total,
                total / window.seconds(),
                total / window.seconds() / run.clients);
        results.add(
                section,
                "node CPU ms per 1,000 delivered frames",
                "%s (all nodes %.1f)",
                Window.eachNode(
                        frames.length, "%.1f", node -> window.nodeCpuSeconds(node) * 1e6 / Math.max(1, frames[node])),
                window.nodesCpuSeconds() * 1e6 / Math.max(1, total));
        memory.report(results, section, viewers);
    }

    private boolean checks(Results results, String section) throws IOException {
        long measured = run.probes.measuredAccepted();
        long deliveries = measured * run.clients;
        boolean everyProbe = latencies.missing == 0 && latencies.all.count() == deliveries;
        results.add(
                section,
                "every accepted probe reached every viewer",
                "%s: %,d probes x %,d viewers = %,d, delivered %,d, missing %,d; streams reopened %d%s",
                everyProbe && connected ? "yes" : "NO",
                measured,
                run.clients,
                deliveries,
                latencies.all.count(),
                latencies.missing,
                reopened,
                connected ? "" : ", NOT ALL CONNECTED");
        boolean exact = run.partialPosts.sum() == 0
                && scores.length == 2
                && scores[0] == expected[0]
                && scores[1] == expected[1]
                && order.size() == expected[1];
        Map<Integer, Long> failed = new TreeMap<>();
        run.failedStatuses.forEach((status, count) -> failed.put(status, count.sum()));
        results.add(
                section,
                "nothing lost (scores = coins of accepted POSTs)",
                "%s: scores %s, expected %,d / %,d; probes in the log %,d of %,d accepted, %,d of %,d sent in the"
                        + " window%s",
                exact ? "yes" : "NO",
                Arrays.stream(scores)
                        .mapToObj(score -> String.format(Locale.ROOT, "%,d", score))
                        .collect(Collectors.joining(" / ")),
                expected[0],
                expected[1],
                order.size(),
                expected[1],
                measured,
                run.probes.measuredCount(),
                failed.isEmpty() ? "" : "; POSTs not wholly accepted by status (0 = no answer) " + failed);
        return everyProbe && connected && exact;
    }

    private static String percentiles(LatencyHistogram[] byNode) {
        return Arrays.stream(byNode)
                .map(latency -> latency.count() == 0
                        ? "–"
                        : String.format(Locale.ROOT, "%.1f / %.1f", latency.millisAt(0.5), latency.millisAt(0.99)))
                .collect(Collectors.joining(" · "));
    }
}
