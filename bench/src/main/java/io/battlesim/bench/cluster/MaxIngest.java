package io.battlesim.bench.cluster;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Ingest as fast as it is accepted, no viewers: {@code --senders} closed-loop senders, round-robin over the nodes,
 * each posting batches of {@code --batch} gifts and the next one as soon as the last is answered. Afterwards the
 * battle's scores must equal the coins of the accepted batches.
 */
final class MaxIngest {

    private static final String SECTION = "Ingest as fast as accepted (no viewers)";

    private final Rig rig;
    private final LongAdder accepted = new LongAdder();
    private final LongAdder posts = new LongAdder();
    private final LongAdder notAccepted = new LongAdder();
    private final Map<Integer, LongAdder> failedStatuses = new ConcurrentHashMap<>();
    private final long[][] coins;
    private final AtomicBoolean stop = new AtomicBoolean();

    private MaxIngest(Rig rig) {
        this.rig = rig;
        this.coins = new long[rig.settings().senders()][2];
    }

    /** Runs the phase and reports it; whether nothing was lost. */
    static boolean run(Rig rig) throws Exception {
        return new MaxIngest(rig).run();
    }

    private boolean run() throws Exception {
        Settings settings = rig.settings();
        ClusterApi.Battle battle = rig.api().start("Cluster bench: max ingest");
        System.out.printf(
                Locale.ROOT,
                "%n%s: battle %s, %d senders x batches of %d over %d node(s) (%s), warm-up %d s, measured %d s%n",
                SECTION,
                battle.id(),
                settings.senders(),
                settings.batch(),
                rig.nodes(),
                settings.ingest(),
                settings.warmup(),
                settings.maxSeconds());
        Thread[] senders = new Thread[settings.senders()];
        for (int i = 0; i < senders.length; i++) {
            int sender = i;
            senders[i] = Thread.ofPlatform().name("max-sender-" + i).start(() -> send(battle, sender));
        }
        TimeUnit.SECONDS.sleep(settings.warmup());
        long acceptedBefore = accepted.sum();
        long postsBefore = posts.sum();
        Window window = Window.open(rig);
        TimeUnit.SECONDS.sleep(settings.maxSeconds());
        window.close();
        double events = (accepted.sum() - acceptedBefore) / window.seconds();
        double requests = (posts.sum() - postsBefore) / window.seconds();
        stop.set(true);
        for (Thread sender : senders) {
            sender.join();
        }
        long[] expected = new long[2];
        for (long[] sent : coins) {
            expected[0] += sent[0];
            expected[1] += sent[1];
        }
        long[] scores = rig.api().awaitScores(battle, expected);
        Streams streams = Streams.read(rig, battle);
        rig.api().end(battle);
        boolean exact = notAccepted.sum() == 0 && scores[0] == expected[0] && scores[1] == expected[1];
        report(window, events, requests, scores, expected, exact);
        streams.report(rig.results(), SECTION);
        streams.forget(rig);
        return exact;
    }

    private void send(ClusterApi.Battle battle, int sender) {
        int nodes = rig.nodes();
        int side = (sender / nodes) % 2;
        int batch = rig.settings().batch();
        Gifts gifts = new Gifts("m" + sender, 1000L + sender);
        while (!stop.get()) {
            Gifts.Batch events = gifts.next(batch, side == 0 ? ClusterApi.ROOM_A : ClusterApi.ROOM_B);
            ClusterApi.Answer answer = rig.api()
                    .ingest(rig.settings().ingestNode(sender), battle, "[" + events.json() + "]")
                    .join();
            posts.increment();
            accepted.add(answer.accepted());
            if (answer.status() == 200 && answer.accepted() == batch) {
                coins[sender][side] += events.coins();
            } else {
                notAccepted.add(batch - answer.accepted());
                failedStatuses
                        .computeIfAbsent(answer.status(), status -> new LongAdder())
                        .increment();
            }
        }
    }

    private void report(Window window, double events, double requests, long[] scores, long[] expected, boolean exact)
            throws Exception {
        Results results = rig.results();
        results.add(
                SECTION,
                "ingest events accepted/s",
                "%,.0f (%,.1f POSTs/s of %,d)",
                events,
                requests,
                rig.settings().batch());
        results.add(
                SECTION,
                "node CPU per 1,000 accepted events, ms",
                "%.1f (all nodes)",
                window.nodesCpuSeconds() * 1e3 / Math.max(1, events * window.seconds() / 1000));
        window.report(SECTION);
        Map<Integer, Long> failed = new TreeMap<>();
        failedStatuses.forEach((status, count) -> failed.put(status, count.sum()));
        results.add(
                SECTION,
                "nothing lost (scores = coins of accepted batches)",
                "%s: scores %,d / %,d, expected %,d / %,d; events not accepted %,d%s",
                exact ? "yes" : "NO",
                scores.length > 0 ? scores[0] : -1,
                scores.length > 1 ? scores[1] : -1,
                expected[0],
                expected[1],
                notAccepted.sum(),
                failed.isEmpty() ? "" : ", failed POSTs by status (0 = no answer) " + failed);
    }
}
