package io.battlesim.app.scoreboard.stream;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A client's connection whose readiness the test controls, recording every byte array written. */
final class FakeSink implements SseSink {

    private static final Pattern ID = Pattern.compile("^id: (\\d+)$", Pattern.MULTILINE);
    private static final Pattern EVENT = Pattern.compile("^event: (\\w+)$", Pattern.MULTILINE);

    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final List<byte[]> writes = new ArrayList<>();
    private final AtomicInteger flushes = new AtomicInteger();
    private volatile boolean ready = true;
    private volatile boolean closed;
    private SseClient client;

    void connect(SseClient client) {
        this.client = client;
        client.onWritable();
    }

    /** Stops taking bytes, like a viewer on a stalled network. */
    void stall() {
        ready = false;
    }

    /** Takes bytes again and tells the client, like the container's writable callback. */
    void resume() {
        ready = true;
        client.onWritable();
    }

    @Override
    public synchronized boolean isReady() {
        return ready && !closed;
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        if (!ready) {
            throw new IllegalStateException("write while not ready");
        }
        writes.add(
                offset == 0 && length == bytes.length
                        ? bytes
                        : java.util.Arrays.copyOfRange(bytes, offset, offset + length));
        received.write(bytes, offset, length);
    }

    @Override
    public void flush() {
        flushes.incrementAndGet();
    }

    /** How many times the client flushed: one per wake-up that had something to send. */
    int flushes() {
        return flushes.get();
    }

    @Override
    public void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }

    synchronized String text() {
        return received.toString(StandardCharsets.UTF_8);
    }

    synchronized List<byte[]> writes() {
        return List.copyOf(writes);
    }

    /** The ids of the events received, in order. */
    synchronized List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = ID.matcher(text());
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    /** The frames received (without their blank line), in order; the retry delay and heartbeats included. */
    synchronized List<String> frames() {
        List<String> frames = new ArrayList<>();
        for (String frame : text().split("\n\n")) {
            if (!frame.isEmpty()) {
                frames.add(frame);
            }
        }
        return frames;
    }

    /** The {@code data} of every {@code event} frame received, in order. */
    synchronized List<String> data(String event) {
        return frames().stream()
                .filter(frame -> frame.contains("event: " + event + "\n"))
                .map(frame -> frame.substring(frame.indexOf("data: ") + "data: ".length()))
                .toList();
    }

    /** The event names received, in order. */
    synchronized List<String> events() {
        List<String> events = new ArrayList<>();
        Matcher matcher = EVENT.matcher(text());
        while (matcher.find()) {
            events.add(matcher.group(1));
        }
        return events;
    }
}
