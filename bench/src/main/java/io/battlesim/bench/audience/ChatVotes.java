package io.battlesim.bench.audience;

import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Chat votes at a steady rate: every {@code intervalMillis} the votes due go out as one batch of {@code !vote A} /
 * {@code !vote B} chat events through the ingest API (split at the API's 1,000 events a request), posted from a
 * virtual thread so a slow answer does not hold the next batch. The chat users take turns like the web viewers. Each
 * event's result is tallied: {@code accepted} means the vote counted.
 */
final class ChatVotes {

    private static final int MAX_BATCH = 1000;

    private final AudienceApi api;
    private final AudienceApi.Battle battle;
    private final int users;
    private final double perSecond;
    private final long intervalMillis;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("chat-votes").daemon().factory());
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final VoteTally tally = new VoteTally();
    private final AtomicLong batches = new AtomicLong();
    private long next;
    private volatile long sent;

    ChatVotes(AudienceApi api, AudienceApi.Battle battle, int users, double perSecond, long intervalMillis) {
        this.api = api;
        this.battle = battle;
        this.users = users;
        this.perSecond = perSecond;
        this.intervalMillis = intervalMillis;
    }

    void start() {
        Pacer due = new Pacer(perSecond, System.nanoTime());
        ticks.scheduleAtFixedRate(() -> tick(due), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops sending and waits for the answers of the batches sent. */
    void stop() throws InterruptedException {
        ticks.shutdown();
        ticks.awaitTermination(10, TimeUnit.SECONDS);
        senders.close();
    }

    long sent() {
        return sent;
    }

    long batches() {
        return batches.get();
    }

    VoteTally tally() {
        return tally;
    }

    private void tick(Pacer due) {
        for (int n = due.take(System.nanoTime()); n > 0; n -= MAX_BATCH) {
            int size = Math.min(n, MAX_BATCH);
            int[] sides = new int[size];
            StringBuilder events = new StringBuilder(size * 120).append('[');
            for (int i = 0; i < size; i++) {
                long vote = next++;
                sides[i] = ThreadLocalRandom.current().nextInt(2);
                appendChat(events.append(i == 0 ? "" : ","), vote, sides[i]);
            }
            sent = next;
            batches.incrementAndGet();
            String body = events.append(']').toString();
            senders.execute(() -> post(body, sides));
        }
    }

    private void appendChat(StringBuilder out, long vote, int side) {
        long user = vote % users;
        out.append("{\"type\":\"chat\",\"msgId\":\"c-")
                .append(vote)
                .append("\",\"userId\":\"u-")
                .append(user)
                .append("\",\"nickname\":\"Fan ")
                .append(user)
                .append("\",\"comment\":\"!vote ")
                .append(side == 0 ? 'A' : 'B')
                .append("\",\"roomId\":\"")
                .append(AudienceApi.ROOM_A)
                .append("\"}");
    }

    private void post(String body, int[] sides) {
        try {
            HttpResponse<String> answer = api.ingest(battle, body);
            if (answer.statusCode() != 200) {
                VoteTally.Outcome outcome =
                        answer.statusCode() == 429 ? VoteTally.Outcome.RATE_LIMITED : VoteTally.Outcome.NOT_COUNTED;
                for (int i = 0; i < sides.length; i++) {
                    tally.notCounted(outcome, "HTTP " + answer.statusCode());
                }
                return;
            }
            for (JsonNode result : api.json().readTree(answer.body()).path("results")) {
                String status = result.path("status").asString();
                String reason =
                        result.path("reason").isString() ? result.path("reason").asString() : "";
                if (status.equals("accepted")) {
                    tally.counted(sides[result.path("index").asInt()]);
                } else {
                    tally.notCounted(
                            reason.contains("you have voted already") || reason.contains("you have used them")
                                    ? VoteTally.Outcome.TOO_SOON
                                    : VoteTally.Outcome.NOT_COUNTED,
                            status + ": " + reason);
                }
            }
        } catch (Exception e) {
            for (int i = 0; i < sides.length; i++) {
                tally.notCounted(VoteTally.Outcome.FAILED, e.getClass().getSimpleName());
            }
        }
    }
}
