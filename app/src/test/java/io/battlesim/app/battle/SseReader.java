package io.battlesim.app.battle;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A test's Server-Sent Events client: keeps the event ids, the gift events and the last score event. */
final class SseReader implements AutoCloseable {

    private final List<String> gifts = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<Long> ids = new CopyOnWriteArrayList<>();
    private volatile String lastScore = "";
    private final Thread thread;
    private volatile @Nullable String lastId;
    private volatile @Nullable Stream<String> lines;

    private SseReader(String url, @Nullable String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        this.thread = Thread.ofVirtual().start(() -> read(request.build()));
    }

    static SseReader open(String url, @Nullable String lastEventId) throws InterruptedException {
        SseReader reader = new SseReader(url, lastEventId);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (reader.lines == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return reader;
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<Stream<String>> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
            lines = response.body();
            String event = "message";
            seen.add("status " + response.statusCode());
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.startsWith("id:") || line.startsWith("event:")) {
                    seen.add(line);
                }
                if (line.startsWith("id:")) {
                    lastId = line.substring(3).strip();
                    ids.add(Long.parseLong(lastId));
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && event.equals("gift")) {
                    gifts.add(line.substring(5).strip());
                } else if (line.startsWith("data:") && (event.equals("score") || event.equals("scoreboard"))) {
                    lastScore = line.substring(5).strip();
                } else if (line.isEmpty()) {
                    event = "message";
                }
            }
        } catch (Exception e) {
            seen.add(e.toString()); // closed by the test, or failed
        }
    }

    /** The data of every {@code gift} event (the feed: a node may leave small gifts out when they come fast). */
    List<String> gifts() {
        return List.copyOf(gifts);
    }

    /** Every event id, in order. */
    List<Long> ids() {
        return List.copyOf(ids);
    }

    /** The data of the last {@code score} or {@code scoreboard} event (both carry every side's score), or empty. */
    String lastScore() {
        return lastScore;
    }

    @Nullable
    String lastId() {
        return lastId;
    }

    @Override
    public String toString() {
        return "SSE " + seen;
    }

    @Override
    public void close() {
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        thread.interrupt();
    }
}
