package io.battlesim.tiktok.emulator.publish;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An app's webhook endpoint on a JDK HttpServer: records every call and fails the first ones on request. */
final class WebhookReceiver implements AutoCloseable {

    /**
     * One call received.
     *
     * @param signature the TikTok-Signature header
     * @param body the raw body
     */
    record Call(String signature, String body) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks/tiktok", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(exchange.getRequestHeaders().getFirst("tiktok-signature"), body));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 200, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/tiktok";
    }

    void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Waits for the {@code n}th call (1-based) of an event; deliveries run in parallel, so order is free. */
    Call await(String event, int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<Call> matching = calls.stream()
                    .filter(call -> call.body().contains("\"event\":\"" + event + "\""))
                    .toList();
            if (matching.size() >= n) {
                return matching.get(n - 1);
            }
            PublishHarness.sleep(10);
        }
        throw new AssertionError("no call " + n + " of " + event + " within 10 s; got " + calls);
    }

    Call next(String event) {
        return await(event, 1);
    }

    /** How many calls of an event arrived so far. */
    long calls(String event) {
        return calls.stream()
                .filter(call -> call.body().contains("\"event\":\"" + event + "\""))
                .count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
