package io.battlesim.bench.cluster;

import io.battlesim.bench.e2e.LatencyHistogram;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * One viewer count: a fresh battle on the first node, {@code clients} SSE viewers spread round-robin over the nodes,
 * then {@code --rate} events a second in {@code --posts-per-second} POSTs spread over the nodes ({@code --ingest}),
 * each POST led by a probe gift. {@link ViewerReport} reports the ingest rate, the probes' gift-to-viewer latency
 * (every probe to every client), the frames delivered and what each node spent on them.
 */
final class ViewerRun {

    final Rig rig;
    final int clients;
    final String section;
    final Probes probes;
    final LongAdder acceptedEvents = new LongAdder();
    final LongAdder loadCoins = new LongAdder();
    final LongAdder partialPosts = new LongAdder();
    final Map<Integer, LongAdder> failedStatuses = new ConcurrentHashMap<>();
    /** How long the POSTs to each node took to be answered (each recorded under its own lock). */
    final LatencyHistogram[] answers;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int warmup;
    private long ticks;

    private ViewerRun(Rig rig, int clients, int warmup) {
        Settings settings = rig.settings();
        this.rig = rig;
        this.clients = clients;
        this.warmup = warmup;
        this.section = String.format(Locale.ROOT, "%,d viewers, %,d events/s", clients, settings.rate());
        this.probes = new Probes(settings.postsPerSecond() * (warmup + settings.seconds() + 60));
        this.answers = new LatencyHistogram[rig.nodes()];
        for (int node = 0; node < answers.length; node++) {
            answers[node] = new LatencyHistogram();
        }
    }

    /**
     * Runs one viewer count and reports it; whether everything arrived and nothing was lost.
     *
     * @param warmup seconds of load before the measured window
     */
    static boolean run(Rig rig, int clients, int warmup) throws Exception {
        return new ViewerRun(rig, clients, warmup).run();
    }

    private boolean run() throws Exception {
        Settings settings = rig.settings();
        ClusterApi.Battle battle = rig.api().start("Cluster bench: " + clients + " viewers");
        System.out.printf(
                Locale.ROOT,
                "%n%s: battle %s, viewers over %d node(s), %d POSTs/s of %d events (%s), warm-up %d s,"
                        + " measured %d s%n",
                section,
                battle.id(),
                rig.nodes(),
                settings.postsPerSecond(),
                settings.eventsPerPost(),
                settings.ingest(),
                warmup,
                settings.seconds());
        Memory memory = new Memory(rig);
        Viewers viewers = new Viewers(rig.api(), battle.id(), clients, settings.readersPerNode());
        boolean connected = connect(viewers);
        memory.connected();
        Measured measured = load(battle, viewers);
        memory.end();
        int reopened = viewers.reopened();
        viewers.close();
        long[] expected = {loadCoins.sum(), probes.accepted()};
        long[] scores = rig.api().awaitScores(battle, expected);
        List<Integer> order = logOrder(battle);
        Streams streams = Streams.read(rig, battle);
        rig.api().end(battle);
        ViewerReport report = new ViewerReport(
                this,
                measured.window(),
                measured.frames(),
                measured.accepted(),
                connected,
                reopened,
                memory,
                expected,
                scores,
                order,
                viewers.latencies(order, probes));
        boolean ok = report.report(viewers);
        streams.report(rig.results(), section);
        streams.forget(rig);
        return ok;
    }

    private boolean connect(Viewers viewers) throws InterruptedException {
        long connecting = System.nanoTime();
        boolean connected = viewers.open(rig.settings().connectRate());
        System.out.printf(
                Locale.ROOT,
                "  %,d streams established in %.1f s (%d failed attempts)%n",
                viewers.established(),
                (System.nanoTime() - connecting) / 1e9,
                viewers.failures());
        TimeUnit.SECONDS.sleep(2);
        return connected;
    }

    /** What the measured window saw: each node's viewers' frames, ingest events accepted per second. */
    private record Measured(Window window, long[] frames, double accepted) {}

    /** The paced load: warm-up, the measured window, then every answer and the last deliveries awaited. */
    private Measured load(ClusterApi.Battle battle, Viewers viewers) throws Exception {
        Settings settings = rig.settings();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        Gifts load = new Gifts("v", 7);
        timer.scheduleAtFixedRate(
                () -> post(battle, load), 0, 1_000_000_000L / settings.postsPerSecond(), TimeUnit.NANOSECONDS);
        TimeUnit.SECONDS.sleep(warmup);
        long[] frames = frames(viewers);
        long acceptedBefore = acceptedEvents.sum();
        probes.startMeasuring();
        Window window = Window.open(rig);
        TimeUnit.SECONDS.sleep(settings.seconds());
        window.close();
        probes.stopMeasuring();
        long[] framesAfter = frames(viewers);
        for (int node = 0; node < frames.length; node++) {
            frames[node] = framesAfter[node] - frames[node];
        }
        double accepted = (acceptedEvents.sum() - acceptedBefore) / window.seconds();
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        TimeUnit.SECONDS.sleep(3); // the last deliveries
        return new Measured(window, frames, accepted);
    }

    private void post(ClusterApi.Battle battle, Gifts load) {
        int node = rig.settings().ingestNode(ticks++);
        int perPost = rig.settings().eventsPerPost();
        int probe = probes.next(node);
        Gifts.Batch batch = load.next(perPost - 1, ClusterApi.ROOM_A);
        String body = "[" + Gifts.probe(probe) + (batch.json().isEmpty() ? "" : "," + batch.json()) + "]";
        inFlight.incrementAndGet();
        long sent = System.nanoTime();
        rig.api().ingest(node, battle, body).thenAccept(answer -> {
            if (probes.measured(probe)) {
                synchronized (answers[node]) {
                    answers[node].record(System.nanoTime() - sent);
                }
            }
            probes.answered(probe, answer.firstAccepted());
            acceptedEvents.add(answer.accepted());
            if (answer.status() == 200 && answer.accepted() == perPost) {
                loadCoins.add(batch.coins());
            } else {
                partialPosts.increment();
                failedStatuses
                        .computeIfAbsent(answer.status(), status -> new LongAdder())
                        .increment();
            }
            inFlight.decrementAndGet();
        });
    }

    private long[] frames(Viewers viewers) {
        long[] frames = new long[rig.nodes()];
        for (int node = 0; node < frames.length; node++) {
            frames[node] = viewers.frames(node);
        }
        return frames;
    }

    /** The accepted probes in the battle's log order (from the database; in send order when it cannot be read). */
    private List<Integer> logOrder(ClusterApi.Battle battle) {
        PostgresProbe database = rig.database();
        try {
            if (database != null) {
                return database.probeOrder(battle.id());
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            System.err.println("could not read the probes' log order, using the send order: " + e);
        }
        return probes.acceptedInSendOrder();
    }
}
