package io.battlesim.bench.audience;

import io.battlesim.bench.e2e.LatencyHistogram;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The audience benchmark of issue 13 against a running app, all on loopback: "2,000 viewer pages connected to live
 * updates while 1,000 votes per second arrive (web and chat mixed): votes accepted per second, vote-to-overlay
 * latency p99, and no accepted vote lost."
 *
 * <p>Phase {@code run}: creates a running ingest battle with audience voting (one vote per viewer per window),
 * fetches the viewer cookies of {@code --viewers} viewers from the viewer page, opens {@code --clients} SSE clients
 * ({@link Swarms}: half on the overlay stream, half on the viewer page's battle stream), then casts {@code --rate}
 * votes a second, {@code --web-share} of them on the web ({@link WebVotes}) and the rest as chat commands
 * ({@link ChatVotes}), for a warm-up and a measured window. Every answer is tallied. About {@code
 * --probes-per-second} counted web votes a second are probes: the harness's {@code System.nanoTime()} just before
 * the POST against the moment each client first reads a frame whose {@code audience.totalVotes} reaches the total
 * the vote's answer reported ({@link ProbeMatching}; one process, one clock). Once the answers are in, the totals of
 * {@code GET /api/battles/{id}/audience} must equal the votes counted, overall and per side. Phase {@code verify}
 * (after bench/audience/run-audience-bench.sh killed the app with SIGKILL and started it again on the same database)
 * checks the same totals once more and prints the table.
 */
public final class AudienceBenchmark {

    private static final String TITLE = "=== Audience benchmark (issue 13) ===";

    private AudienceBenchmark() {}

    /** Runs one phase; exit status 1 when a check failed. */
    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        boolean ok = settings.phase().equals("run") ? run(settings) : verify(settings);
        System.exit(ok ? 0 : 1);
    }

    private static boolean run(Settings settings) throws Exception {
        AudienceApi api = new AudienceApi(settings.base());
        AudienceApi.Battle battle = api.startBattle("Audience bench", 3600, settings.windowSeconds());
        System.out.printf(
                Locale.ROOT,
                "harness: %d cores, JDK %s, app pid %d, %s, battle %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                settings.appPid(),
                settings.base(),
                battle.id());
        List<String> viewers = viewers(api, battle, settings.viewers());
        Swarms swarms = new Swarms(settings, battle);
        swarms.open(settings.overlayClients(), settings.pageClients(), settings.connectRate());
        WebVotes web =
                new WebVotes(api, battle, viewers, settings.webRate(), settings.maxInFlight(), settings.probeEvery());
        ChatVotes chat =
                new ChatVotes(api, battle, settings.chatUsers(), settings.chatRate(), settings.chatIntervalMillis());
        Window window = vote(settings, web, chat, swarms);

        AudienceApi.Totals totals = awaitTotals(
                api, battle.id(), web.tally().counted() + chat.tally().counted());
        TimeUnit.SECONDS.sleep(2); // the last frames still on their way
        Table table = new Table();
        clientsAndRates(table, settings, swarms, window);
        swarms.close();
        answers(table, "web answers", web.sent(), web.tally());
        if (web.heldBack() > 0) {
            table.add("", "  %,d held back while %d votes waited for answers", web.heldBack(), settings.maxInFlight());
        }
        answers(table, "chat answers", chat.sent(), chat.tally());
        table.add("", "  in %,d ingest requests", chat.batches());
        List<ClientTrail> trails = swarms.trails();
        boolean delivered = latencies(table, web, ProbeMatching.match(web.probes(), trails), trails, totals);
        boolean exact = exact(table, totals, web, chat);
        window.resources(table);
        boolean ok = swarms.connected() && delivered && exact;
        saveState(settings, battle, web, chat, table, ok);
        table.print(TITLE + " (before the restart)");
        return ok;
    }

    private static boolean verify(Settings settings) throws Exception {
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(settings.stateFile(), StandardCharsets.UTF_8)) {
            state.load(in);
        }
        AudienceApi.Totals totals = new AudienceApi(settings.base()).totals(state.getProperty("battle"));
        List<Long> sides = List.of(
                Long.parseLong(state.getProperty("expected.s1")), Long.parseLong(state.getProperty("expected.s2")));
        long expected = sides.get(0) + sides.get(1);
        boolean exact = totals.totalVotes() == expected && totals.sideVotes().equals(sides);
        Table table = Table.load(state);
        table.add(
                "totals after kill -9 + restart",
                "%s: API totalVotes %,d, expected %,d (sides %s, expected %s)%s",
                exact ? "PASS" : "FAIL",
                totals.totalVotes(),
                expected,
                totals.sideVotes(),
                sides,
                settings.restartMillis() < 0
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "; app ready again %.1f s after the kill",
                                settings.restartMillis() / 1e3));
        boolean ok = exact && Boolean.parseBoolean(state.getProperty("ok"));
        table.add("RESULT", ok ? "PASS: every check passed, no counted vote lost" : "FAIL (see above)");
        table.print(TITLE);
        table.append(settings.resultsFile(), TITLE);
        System.out.println("(table written to " + settings.resultsFile() + ")");
        return ok;
    }

    /** Votes through the warm-up and the measured window, then waits for every answer. */
    private static Window vote(Settings settings, WebVotes web, ChatVotes chat, Swarms swarms)
            throws InterruptedException {
        System.out.printf(
                Locale.ROOT,
                "voting: %,.0f web + %,.0f chat votes/s, warm-up %d s, measured %d s ...%n",
                settings.webRate(),
                settings.chatRate(),
                settings.warmup(),
                settings.seconds());
        web.start();
        chat.start();
        TimeUnit.SECONDS.sleep(settings.warmup());
        Window window = Window.open(settings.appPid(), web, chat, swarms);
        web.measure(true);
        TimeUnit.SECONDS.sleep(settings.seconds());
        web.measure(false);
        window.close(web, chat, swarms);
        web.stop();
        chat.stop();
        return window;
    }

    private static void clientsAndRates(Table table, Settings settings, Swarms swarms, Window window) {
        table.add(
                "SSE clients",
                "%,d (%,d overlay + %,d viewer-page streams): %s, %d streams reopened; %,.1f frames/s and %,.1f KB/s"
                        + " per client in the window",
                settings.clients(),
                settings.overlayClients(),
                settings.pageClients(),
                swarms.connected() ? "all connected" : "NOT ALL CONNECTED",
                swarms.reopened(),
                window.framesPerClient(settings.clients()),
                window.kilobytesPerClient(settings.clients()));
        table.add(
                "target rate",
                "%,d votes/s: web %,.0f/s (%d%%, %,d viewers, 1 vote per %d s window each), chat %,.0f/s (%,d users,"
                        + " a batch every %d ms)",
                settings.rate(),
                settings.webRate(),
                Math.round(settings.webShare() * 100),
                settings.viewers(),
                settings.windowSeconds(),
                settings.chatRate(),
                settings.chatUsers(),
                settings.chatIntervalMillis());
        window.describe(table, settings);
    }

    private static void answers(Table table, String label, long sent, VoteTally tally) {
        table.add(
                label,
                "%,d sent, %,d answered: %,d counted, %,d too soon, %,d rate-limited, %,d not counted, %,d failed",
                sent,
                tally.answered(),
                tally.counted(),
                tally.count(VoteTally.Outcome.TOO_SOON),
                tally.count(VoteTally.Outcome.RATE_LIMITED),
                tally.count(VoteTally.Outcome.NOT_COUNTED),
                tally.count(VoteTally.Outcome.FAILED));
        tally.reasons().forEach((reason, count) -> table.add("", "  %,d x %s", count, reason));
    }

    /** The latency rows; whether every probe reached every client and every client ended on the final total. */
    private static boolean latencies(
            Table table,
            WebVotes web,
            ProbeMatching.Deliveries deliveries,
            List<ClientTrail> trails,
            AudienceApi.Totals totals) {
        LatencyHistogram answered = web.answerLatencies();
        table.add(
                "web vote answer latency",
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                answered.millisAt(0.50),
                answered.millisAt(0.95),
                answered.millisAt(0.99),
                answered.maxMillis());
        LatencyHistogram latency = deliveries.latencies();
        table.add(
                "vote-to-client latency",
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%,d probes x %,d clients)",
                latency.millisAt(0.50),
                latency.millisAt(0.95),
                latency.millisAt(0.99),
                latency.maxMillis(),
                deliveries.probes(),
                deliveries.clients());
        LatencyHistogram afterAnswer = deliveries.afterAnswer();
        table.add(
                "  counted from the vote's answer",
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (0 where the client had it first)",
                afterAnswer.millisAt(0.50),
                afterAnswer.millisAt(0.95),
                afterAnswer.millisAt(0.99),
                afterAnswer.maxMillis());
        long onFinalTotal =
                trails.stream().filter(t -> t.last() == totals.totalVotes()).count();
        boolean complete = deliveries.complete() && deliveries.probes() > 0 && onFinalTotal == trails.size();
        table.add(
                "every probe reached every client",
                "%s: %,d of %,d (probe, client) pairs; %,d of %,d clients end on the final total",
                complete ? "YES" : "NO",
                deliveries.delivered(),
                deliveries.expected(),
                onFinalTotal,
                trails.size());
        return complete;
    }

    private static boolean exact(Table table, AudienceApi.Totals totals, WebVotes web, ChatVotes chat) {
        List<Long> sides = List.of(
                web.tally().countedFor(0) + chat.tally().countedFor(0),
                web.tally().countedFor(1) + chat.tally().countedFor(1));
        long expected = sides.get(0) + sides.get(1);
        boolean exact = totals.totalVotes() == expected && totals.sideVotes().equals(sides);
        table.add(
                "totals before restart",
                "%s: API totalVotes %,d, expected %,d = %,d web + %,d chat counted (sides %s, expected %s)",
                exact ? "PASS" : "FAIL",
                totals.totalVotes(),
                expected,
                web.tally().counted(),
                chat.tally().counted(),
                totals.sideVotes(),
                sides);
        return exact;
    }

    private static void saveState(
            Settings settings, AudienceApi.Battle battle, WebVotes web, ChatVotes chat, Table table, boolean ok)
            throws Exception {
        Properties state = new Properties();
        state.setProperty("battle", battle.id());
        for (int side = 0; side < 2; side++) {
            state.setProperty(
                    "expected.s" + (side + 1),
                    Long.toString(web.tally().countedFor(side) + chat.tally().countedFor(side)));
        }
        state.setProperty("ok", Boolean.toString(ok));
        table.store(state);
        try (Writer out = Files.newBufferedWriter(settings.stateFile(), StandardCharsets.UTF_8)) {
            state.store(out, "audience benchmark, run phase");
        }
    }

    /** Polls the API until its total is {@code expected} or has not moved for 5 s (30 s at most). */
    private static AudienceApi.Totals awaitTotals(AudienceApi api, String battleId, long expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        AudienceApi.Totals totals = api.totals(battleId);
        long lastChange = System.nanoTime();
        while (totals.totalVotes() != expected
                && System.nanoTime() < deadline
                && System.nanoTime() - lastChange < TimeUnit.SECONDS.toNanos(5)) {
            TimeUnit.MILLISECONDS.sleep(200);
            AudienceApi.Totals now = api.totals(battleId);
            if (now.totalVotes() != totals.totalVotes()) {
                lastChange = System.nanoTime();
            }
            totals = now;
        }
        return totals;
    }

    /** Fetches {@code count} viewer cookies from the viewer page, 16 at a time. */
    private static List<String> viewers(AudienceApi api, AudienceApi.Battle battle, int count) throws Exception {
        long start = System.nanoTime();
        Semaphore parallel = new Semaphore(16);
        List<Future<String>> cookies = new ArrayList<>(count);
        try (ExecutorService fetchers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                cookies.add(fetchers.submit(() -> {
                    parallel.acquire();
                    try {
                        return api.newViewer(battle);
                    } finally {
                        parallel.release();
                    }
                }));
            }
        }
        List<String> viewers = new ArrayList<>(count);
        for (Future<String> cookie : cookies) {
            viewers.add(cookie.get());
        }
        System.out.printf(
                Locale.ROOT,
                "%,d viewer cookies from /v/%s in %.1f s%n",
                count,
                battle.id(),
                (System.nanoTime() - start) / 1e9);
        return viewers;
    }
}
