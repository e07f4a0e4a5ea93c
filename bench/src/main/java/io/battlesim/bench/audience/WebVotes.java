package io.battlesim.bench.audience;

import io.battlesim.bench.e2e.LatencyHistogram;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Web votes at a steady rate: a pacer thread hands each due vote to a virtual thread, which posts it with a viewer
 * cookie (the viewers take turns, so with enough of them none votes twice in a window) and tallies the answer. At
 * most {@code maxInFlight} votes wait for their answers; past that the pacer waits and catches up later, so the
 * votes sent per second show when the app could not keep up. While measuring, every {@code probeEvery}-th vote that
 * counts becomes a latency probe.
 */
final class WebVotes {

    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final AudienceApi api;
    private final AudienceApi.Battle battle;
    private final List<String> viewers;
    private final double perSecond;
    private final int maxInFlight;
    private final int probeEvery;
    private final Semaphore inFlight;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final VoteTally tally = new VoteTally();
    private final Collection<ProbeMatching.Probe> probes = new ConcurrentLinkedQueue<>();
    private final LatencyHistogram answers = new LatencyHistogram();
    private final Thread pacer;
    private volatile boolean running = true;
    private volatile boolean measuring;
    private final LongAdder waits = new LongAdder();
    private volatile long sent;

    WebVotes(
            AudienceApi api,
            AudienceApi.Battle battle,
            List<String> viewers,
            double perSecond,
            int maxInFlight,
            int probeEvery) {
        this.api = api;
        this.battle = battle;
        this.viewers = List.copyOf(viewers);
        this.perSecond = perSecond;
        this.maxInFlight = maxInFlight;
        this.probeEvery = Math.max(1, probeEvery);
        this.inFlight = new Semaphore(maxInFlight);
        this.pacer = Thread.ofPlatform().name("web-votes").daemon().unstarted(this::pace);
    }

    void start() {
        pacer.start();
    }

    /** Whether counted votes become probes. */
    void measure(boolean on) {
        measuring = on;
    }

    /** Stops sending and waits for the answers of the votes sent. */
    void stop() throws InterruptedException {
        running = false;
        pacer.join();
        inFlight.acquire(maxInFlight);
        senders.close();
    }

    long sent() {
        return sent;
    }

    /** Votes the pacer held back because {@code maxInFlight} votes were waiting for their answers. */
    long heldBack() {
        return waits.sum();
    }

    VoteTally tally() {
        return tally;
    }

    List<ProbeMatching.Probe> probes() {
        return new ArrayList<>(probes);
    }

    /** Request-to-answer latencies of the web votes; read it after {@link #stop()}. */
    LatencyHistogram answerLatencies() {
        return answers;
    }

    private void pace() {
        Pacer due = new Pacer(perSecond, System.nanoTime());
        long next = 0;
        try {
            while (running) {
                for (int n = due.take(System.nanoTime()); n > 0 && running; n--) {
                    if (!inFlight.tryAcquire()) {
                        waits.increment();
                        inFlight.acquire();
                    }
                    long vote = next++;
                    sent = next;
                    senders.execute(() -> vote(vote));
                }
                LockSupport.parkNanos(Math.min(MAX_PARK_NANOS, due.nanosUntilNext(System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void vote(long vote) {
        try {
            boolean probe = measuring && vote % probeEvery == 0;
            int side = ThreadLocalRandom.current().nextInt(2);
            long start = System.nanoTime();
            HttpResponse<String> answer =
                    api.vote(battle, viewers.get((int) (vote % viewers.size())), "s" + (side + 1), "w" + vote);
            long answered = System.nanoTime();
            synchronized (answers) {
                answers.record(answered - start);
            }
            tally(answer, side, probe ? new long[] {start, answered} : null);
        } catch (Exception e) {
            tally.notCounted(VoteTally.Outcome.FAILED, e.getClass().getSimpleName());
        } finally {
            inFlight.release();
        }
    }

    /** Tallies an answer; {@code probeNanos} (sent, answered) for a probe, else null. */
    private void tally(HttpResponse<String> answer, int side, long @Nullable [] probeNanos) {
        String body = answer.body();
        switch (answer.statusCode()) {
            case 200 -> {
                tally.counted(side);
                long total = VoteTotals.totalVotes(body);
                if (probeNanos != null && total > 0) {
                    probes.add(new ProbeMatching.Probe(probeNanos[0], probeNanos[1], total));
                }
            }
            case 429 ->
                tally.notCounted(
                        body.contains("VOTE_TOO_SOON") ? VoteTally.Outcome.TOO_SOON : VoteTally.Outcome.RATE_LIMITED,
                        "HTTP 429 " + reason(body));
            default ->
                tally.notCounted(VoteTally.Outcome.NOT_COUNTED, "HTTP " + answer.statusCode() + " " + reason(body));
        }
    }

    /** The problem's {@code reason} property, else its {@code title}, else the body's start. */
    private static String reason(String body) {
        for (String field : new String[] {"\"reason\":\"", "\"title\":\""}) {
            int at = body.indexOf(field);
            if (at >= 0) {
                int end = body.indexOf('"', at + field.length());
                return body.substring(at + field.length(), end < 0 ? body.length() : end);
            }
        }
        return body.length() > 60 ? body.substring(0, 60) : body;
    }
}
