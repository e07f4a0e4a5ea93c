package io.battlesim.app.scoreboard.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Reads a Server-Sent Events stream over real HTTP on a virtual thread, event by event. */
final class SseTestClient implements AutoCloseable {

    /** One event as a browser's EventSource sees it. */
    record Event(@Nullable String id, String event, String data) {}

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> comments = new ArrayList<>();

    private SseTestClient(HttpResponse<InputStream> response) {
        this.response = response;
        Thread.ofVirtual().start(this::read);
    }

    static SseTestClient open(URI uri, @Nullable String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        return new SseTestClient(response);
    }

    HttpResponse<InputStream> response() {
        return response;
    }

    /** The next event matching {@code wanted} within 10 s (skipping others), or fails. */
    Event next(Predicate<Event> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Event event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && wanted.test(event)) {
                return event;
            }
        }
        throw new AssertionError("no matching event within 10 s");
    }

    /** Every event received so far that matches, without waiting. */
    List<Event> drain(Predicate<Event> wanted) {
        List<Event> all = new ArrayList<>();
        events.drainTo(all);
        return all.stream().filter(wanted).toList();
    }

    synchronized List<String> comments() {
        return List.copyOf(comments);
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }

    private void read() {
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = null;
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    synchronized (this) {
                        comments.add(line);
                    }
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        }
    }
}
