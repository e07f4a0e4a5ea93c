package io.battlesim.bench.e2e;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The end-to-end load harness of live battles against a running app: ingest API → engine → event log → SSE
 * clients, all on loopback. Two measurements, each on a fresh running ingest battle:
 *
 * <ol>
 *   <li><b>Sustained ingest</b>: {@code --senders} closed-loop senders post batches of {@code --batch} gift events
 *       (streaks with cumulative counts, non-streakable gifts) to the HTTP batch ingest endpoint; accepted events
 *       per second over {@code --seconds} after {@code --warmup}. Then nothing may be lost: every event must have
 *       been answered {@code accepted} and each side's score in the battle API must equal the coins sent to it.
 *   <li><b>Gift-to-client latency</b>: for each count in {@code --clients}, that many SSE clients on the battle's
 *       overlay stream while {@code --rate} events per second arrive in {@code --batches-per-second} POSTs; every
 *       POST carries one probe gift (1 coin to side s2, nickname {@code probe-<n>}). The harness takes
 *       {@code System.nanoTime()} just before the POST and again when a client reads the first {@code score},
 *       {@code scoreboard} or {@code ended} frame whose s2 score includes the probe: that is the gift-to-client
 *       latency, and every probe must reach every client. The probe's {@code gift} alert is timed too where a
 *       client's feed shows it (a busy battle's feed shows each viewer the biggest gifts, at most 8 a second, so
 *       1-coin probes rarely make it). One process, one clock: no clock sync involved.
 * </ol>
 *
 * Usage: {@code java -cp bench/target/benchmarks.jar io.battlesim.bench.e2e.E2eBenchmark --base=http://127.0.0.1:PORT
 * [--app-pid=PID] [--phases=throughput,latency] [--clients=1000,10000] ...}; see {@link Options} for every option
 * and bench/e2e/run-e2e-bench.sh for the whole run.
 */
public final class E2eBenchmark {

    private E2eBenchmark() {}

    /** Runs the phases and prints the table; exit status 1 when a target is missed or anything was lost. */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        AppApi api = new AppApi(URI.create(options.text("base", "http://127.0.0.1:5000")));
        long appPid = options.number("app-pid", -1);
        List<String> phases =
                List.of(options.text("phases", "throughput,latency").split(","));
        System.out.printf(
                Locale.ROOT,
                "harness: %d cores, JDK %s, app pid %s, %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                appPid < 0 ? "?" : appPid,
                api.base());
        List<String> table = new ArrayList<>();
        boolean ok = true;
        if (phases.contains("throughput")) {
            ok &= throughput(api, options, appPid, table);
        }
        if (phases.contains("latency")) {
            for (String clients : options.text("clients", "1000,10000").split(",")) {
                ok &= latency(api, options, appPid, Integer.parseInt(clients.strip()), table);
            }
        }
        System.out.println();
        System.out.println("=== End-to-end results ===");
        table.forEach(System.out::println);
        System.out.println(ok ? "RESULT: all targets met, nothing lost" : "RESULT: a target was missed (see above)");
        System.exit(ok ? 0 : 1);
    }

    private static boolean throughput(AppApi api, Options options, long appPid, List<String> table) throws Exception {
        boolean ok = true;
        for (String battles : options.text("battles", "1").split(",")) {
            ok &= throughput(api, options, appPid, Integer.parseInt(battles.strip()), table);
        }
        return ok;
    }

    private static boolean throughput(AppApi api, Options options, long appPid, int battleCount, List<String> table)
            throws Exception {
        int senders = (int) options.number("senders", 4) * battleCount;
        int batch = (int) options.number("batch", 1000);
        int warmup = (int) options.number("warmup", 10);
        int seconds = (int) options.number("seconds", 30);
        AppApi.Battle[] battles = new AppApi.Battle[battleCount];
        for (int b = 0; b < battleCount; b++) {
            battles[b] = api.startBattle("E2E throughput " + b, 3600);
        }
        System.out.printf(
                Locale.ROOT,
                "%nthroughput: %d battle(s), %d senders x batches of %d, warm-up %d s, measured %d s%n",
                battleCount,
                senders,
                batch,
                warmup,
                seconds);
        LongAdder accepted = new LongAdder();
        LongAdder ignored = new LongAdder();
        LongAdder notAccepted = new LongAdder();
        LongAdder requests = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        GiftStream[] streams = new GiftStream[senders];
        Thread[] threads = new Thread[senders];
        for (int i = 0; i < senders; i++) {
            AppApi.Battle battle = battles[i % battleCount];
            String room = (i / battleCount) % 2 == 0 ? AppApi.ROOM_A : AppApi.ROOM_B;
            GiftStream stream = new GiftStream("t" + i, room, 1000L + i, 500);
            streams[i] = stream;
            threads[i] = Thread.ofPlatform().name("ingest-sender-" + i).start(() -> {
                while (!stop.get()) {
                    StringBuilder body = new StringBuilder(batch * 300).append('[');
                    stream.appendBatch(body, batch);
                    AppApi.Answer answer =
                            api.ingest(battle, body.append(']').toString()).join();
                    requests.increment();
                    accepted.add(Math.max(0, answer.accepted()));
                    ignored.add(answer.ignored());
                    if (answer.status() != 200 || answer.accepted() != batch) {
                        notAccepted.add(batch - Math.max(0, answer.accepted()));
                    }
                }
            });
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
        Sample start = Sample.take(appPid, accepted.sum());
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        Sample end = Sample.take(appPid, accepted.sum());
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        long[][] expected = new long[battleCount][2];
        long sent = 0;
        for (int i = 0; i < senders; i++) {
            expected[i % battleCount][(i / battleCount) % 2] += streams[i].committedCoins();
            sent += streams[i].events();
        }
        boolean exact = true;
        StringBuilder scores = new StringBuilder();
        for (int b = 0; b < battleCount; b++) {
            long[] score = awaitScores(api, battles[b], expected[b]);
            api.end(battles[b]);
            exact &= score[0] == expected[b][0] && score[1] == expected[b][1];
            scores.append(String.format(
                    Locale.ROOT,
                    "%s battle %d: scores %,d / %,d, coins sent %,d / %,d",
                    b == 0 ? "" : ";",
                    b + 1,
                    score[0],
                    score[1],
                    expected[b][0],
                    expected[b][1]));
        }
        double rate = (end.count() - start.count()) / end.secondsSince(start);
        boolean lossless = notAccepted.sum() == 0 && accepted.sum() == sent && exact;
        table.add(String.format(
                Locale.ROOT,
                "Sustained ingest, %d battle(s) (HTTP batches of %d, %d senders, 0 SSE clients): %,.0f accepted"
                        + " events/s over %d s [target >= 50,000: %s]",
                battleCount,
                batch,
                senders,
                rate,
                seconds,
                rate >= 50_000 ? "MET" : "MISSED"));
        table.add(String.format(
                Locale.ROOT,
                "  events sent %,d, accepted %,d, not accepted %,d (of which ignored %,d), requests %,d;%s -> %s",
                sent,
                accepted.sum(),
                notAccepted.sum(),
                ignored.sum(),
                requests.sum(),
                scores,
                lossless ? "nothing lost" : "MISMATCH"));
        table.add("  CPU during the window: " + end.cpu(start));
        System.out.println(table.get(table.size() - 3));
        return lossless && rate >= 50_000;
    }

    private static long[] awaitScores(AppApi api, AppApi.Battle battle, long[] expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        long[] scores;
        do {
            scores = api.scores(battle);
            if (scores.length == 2 && scores[0] == expected[0] && scores[1] == expected[1]) {
                return scores;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return scores.length == 2 ? scores : new long[] {-1, -1};
    }

    private static boolean latency(AppApi api, Options options, long appPid, int clients, List<String> table)
            throws Exception {
        int rate = (int) options.number("rate", 1000);
        int perSecond = (int) options.number("batches-per-second", 50);
        int perBatch = Math.max(1, rate / perSecond);
        int warmup = (int) options.number("latency-warmup", 5);
        int seconds = (int) options.number("latency-seconds", 30);
        int connectRate = (int) options.number("connect-rate", 2000);
        int readers = (int) options.number("readers", 2);
        AppApi.Battle battle = api.startBattle("E2E latency " + clients, 3600);
        URI base = api.base();
        var address = new InetSocketAddress(base.getHost(), base.getPort());
        var probes = new SseSwarm.Probes(1_000_000);
        System.out.printf(
                Locale.ROOT,
                "%nlatency: battle %s, %,d SSE clients on /overlay/{token}/stream (%d reader threads), %,d events/s in"
                        + " %d POSTs/s of %d (1 probe each), warm-up %d s, measured %d s%n",
                battle.id(),
                clients,
                readers,
                perBatch * perSecond,
                perSecond,
                perBatch,
                warmup,
                seconds);
        SseSwarm swarm = new SseSwarm(address, "/overlay/" + battle.overlayToken() + "/stream", probes, readers);
        long connecting = System.nanoTime();
        boolean connected = swarm.open(clients, connectRate, 180);
        System.out.printf(
                Locale.ROOT,
                "  %,d streams established in %.1f s (%d failed attempts)%n",
                swarm.established(),
                (System.nanoTime() - connecting) / 1e9,
                swarm.failures());
        GiftStream load = new GiftStream("l", AppApi.ROOM_A, 7, 500);
        LongAdder sentEvents = new LongAdder();
        LongAdder acceptedEvents = new LongAdder();
        LongAdder failedPosts = new LongAdder();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        Runnable tick = () -> {
            StringBuilder events = new StringBuilder(perBatch * 300);
            load.appendBatch(events, perBatch - 1);
            int probe = probes.next();
            String body = "[" + probe(probe) + (events.isEmpty() ? "" : "," + events) + "]";
            sentEvents.add(perBatch);
            api.ingest(battle, body).whenComplete((answer, failure) -> {
                if (failure != null || answer.status() != 200) {
                    failedPosts.increment();
                } else {
                    acceptedEvents.add(answer.accepted());
                }
            });
        };
        timer.scheduleAtFixedRate(tick, 0, 1_000_000_000L / perSecond, TimeUnit.NANOSECONDS);
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
        probes.startMeasuring();
        long framesBefore = swarm.frames();
        long bytesBefore = swarm.bytes();
        Sample start = Sample.take(appPid, sentEvents.sum());
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        Sample end = Sample.take(appPid, sentEvents.sum());
        long framesDuring = swarm.frames() - framesBefore;
        long bytesDuring = swarm.bytes() - bytesBefore;
        int measured = probes.stopMeasuring();
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        Thread.sleep(3000); // deliveries still under way
        int reopened = swarm.reopened();
        swarm.close();
        api.end(battle);
        LatencyHistogram gifts = swarm.giftLatencies();
        LatencyHistogram boards = swarm.scoreboardLatencies();
        long expected = (long) measured * clients;
        double offered = (end.count() - start.count()) / end.secondsSince(start);
        table.add(String.format(
                Locale.ROOT,
                "Latency with %,d SSE clients at %,.0f events/s: gift to score p50 %.1f ms, p99 %.1f ms"
                        + " (p90 %.1f, p99.9 %.1f, max %.1f); gift alert where shown p50 %.1f ms, p99 %.1f ms"
                        + " [target p99 < 100 ms at 10,000: %s]",
                clients,
                offered,
                boards.millisAt(0.50),
                boards.millisAt(0.99),
                boards.millisAt(0.90),
                boards.millisAt(0.999),
                boards.maxMillis(),
                gifts.millisAt(0.50),
                gifts.millisAt(0.99),
                clients < 10_000 ? "n/a" : boards.millisAt(0.99) < 100 ? "MET" : "MISSED"));
        table.add(String.format(
                Locale.ROOT,
                "  probes %,d x clients %,d = %,d expected deliveries: %,d scores (%.3f%%), %,d gift alerts shown;"
                        + " %,.0f frames/s and %,.0f KB/s per client received; streams reopened %d; ingest: %,d"
                        + " accepted, %d failed POSTs",
                measured,
                clients,
                expected,
                boards.count(),
                expected == 0 ? 0 : 100.0 * boards.count() / expected,
                gifts.count(),
                framesDuring / end.secondsSince(start),
                bytesDuring / 1024.0 / end.secondsSince(start) / clients,
                reopened,
                acceptedEvents.sum(),
                failedPosts.sum()));
        table.add("  CPU during the window: " + end.cpu(start));
        System.out.println(table.get(table.size() - 3));
        boolean complete = connected && boards.count() == expected && failedPosts.sum() == 0;
        return complete && (clients < 10_000 || boards.millisAt(0.99) < 100);
    }

    private static String probe(int id) {
        return "{\"type\":\"gift\",\"msgId\":\"probe-" + id + "\",\"userId\":\"probe\",\"uniqueId\":\"probe\","
                + "\"nickname\":\"probe-" + id + "\",\"giftId\":9001,\"giftName\":\"Probe\",\"giftType\":2,"
                + "\"diamondCount\":1,\"repeatCount\":1,\"repeatEnd\":false,\"roomId\":\"" + AppApi.ROOM_B + "\"}";
    }

    /**
     * A counter and the CPU time of the app and of this harness at one moment.
     *
     * @param nanos {@code System.nanoTime()}
     * @param count the counter
     * @param appCpu the app's CPU time, or null when unknown
     * @param harnessCpu this process's CPU time, or null when unknown
     */
    private record Sample(long nanos, long count, Duration appCpu, Duration harnessCpu) {

        static Sample take(long appPid, long count) {
            Duration app = appPid < 0
                    ? Duration.ZERO
                    : ProcessHandle.of(appPid)
                            .flatMap(handle -> handle.info().totalCpuDuration())
                            .orElse(Duration.ZERO);
            Duration harness = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
            return new Sample(System.nanoTime(), count, app, harness);
        }

        double secondsSince(Sample earlier) {
            return (nanos - earlier.nanos) / 1e9;
        }

        /** CPU used since {@code earlier}, in cores (1.00 = one core busy), for the app and the harness. */
        String cpu(Sample earlier) {
            double seconds = secondsSince(earlier);
            return String.format(
                    Locale.ROOT,
                    "app %.2f cores, harness %.2f cores (of %d)",
                    appCpu.minus(earlier.appCpu).toNanos() / 1e9 / seconds,
                    harnessCpu.minus(earlier.harnessCpu).toNanos() / 1e9 / seconds,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** {@code --name=value} options. */
    private record Options(Map<String, String> values) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("expected --name=value, got " + arg);
                }
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            return new Options(values);
        }

        String text(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        long number(String name, long fallback) {
            String value = values.get(name);
            return value == null ? fallback : Long.parseLong(value.replace("_", ""));
        }
    }
}
