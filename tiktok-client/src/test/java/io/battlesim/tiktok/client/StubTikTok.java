package io.battlesim.tiktok.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * A tiny local HTTP server answering canned bodies per path, in order, and recording every request; for unit tests
 * of parsing and retry rules (the contract tests use the real emulator).
 */
final class StubTikTok implements AutoCloseable {

    record Canned(int status, String body, Map<String, String> headers, boolean drop) {}

    record Recorded(
            String method, String path, @Nullable String query, Map<String, List<String>> headers, String body) {

        @Nullable
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        Map<String, String> form() {
            return decode(body);
        }

        Map<String, String> queryParameters() {
            return decode(query == null ? "" : query);
        }

        private static Map<String, String> decode(String encoded) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : encoded.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    fields.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return fields;
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Canned>> answers = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    private StubTikTok(HttpServer server) {
        this.server = server;
    }

    static StubTikTok start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubTikTok stub = new StubTikTok(server);
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    StubTikTok answer(String path, int status, String body) {
        return answer(path, new Canned(status, body, Map.of(), false));
    }

    StubTikTok answer(String path, int status, String body, String header, String value) {
        return answer(path, new Canned(status, body, Map.of(header, value), false));
    }

    StubTikTok dropConnection(String path) {
        return answer(path, new Canned(0, "", Map.of(), true));
    }

    private StubTikTok answer(String path, Canned canned) {
        answers.computeIfAbsent(path, p -> new ArrayDeque<>()).add(canned);
        return this;
    }

    List<Recorded> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
        requests.add(new Recorded(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), headers, body));
        Canned canned = next(uri.getPath());
        if (canned.drop()) {
            throw new IOException("stub drops the connection without answering");
        }
        byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        canned.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized Canned next(String path) {
        Deque<Canned> queue = answers.get(path);
        if (queue == null || queue.isEmpty()) {
            return new Canned(
                    404, "{\"error\":\"not_stubbed\",\"error_description\":\"" + path + "\"}", Map.of(), false);
        }
        return queue.size() == 1 ? queue.peek() : queue.poll();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
