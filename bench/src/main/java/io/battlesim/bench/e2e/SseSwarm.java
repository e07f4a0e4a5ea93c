package io.battlesim.bench.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Many SSE clients on a few non-blocking selector threads: plain HTTP/1.1 GETs of one event stream, the chunked
 * body decoded and the SSE frames parsed as bytes arrive, no per-client thread and no per-frame allocation. A stream
 * that ends or fails is opened again with {@code ?lastEventId=} (what a browser's EventSource does), so nothing is
 * missed. Each {@code gift} frame whose nickname is {@code probe-<n>} and each {@code scoreboard}, {@code score} or
 * {@code ended} frame whose side {@code s2} score rises to {@code n+1} count as the delivery of probe {@code n} to
 * that client (a busy battle's gift feed shows each viewer only the biggest gifts, so the score is what every probe
 * reaches); the latency is the
 * harness's own {@code System.nanoTime()} at the read minus the one taken just before the probe's POST. A swarm
 * made with a {@link FrameListener} hands those frames to it instead (the audience benchmark reads vote totals).
 */
public final class SseSwarm implements AutoCloseable {

    private static final byte[] PROBE_MARK = "\"nickname\":\"probe-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] S2_MARK = "\"id\":\"s2\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SCORE_MARK = "\"score\":".getBytes(StandardCharsets.US_ASCII);
    private static final int NO_EVENT = 0;
    private static final int GIFT = 1;
    private static final int SCOREBOARD = 2;

    private final InetSocketAddress address;
    private final String path;
    private final Probes probes;
    private final Reader[] readers;
    private final @Nullable FrameListener listener;
    private final AtomicInteger established = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger reopened = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private volatile boolean running = true;
    private int next;

    /**
     * Sees the {@code scoreboard}, {@code score} and {@code ended} frames of a swarm's clients. Called on the
     * client's reader thread (always the same one for a client), so state kept per client needs no locking.
     */
    @FunctionalInterface
    public interface FrameListener {

        /**
         * One frame.
         *
         * @param client the client's number in its swarm, from 0 in the order opened; a reopened stream keeps it
         * @param data the frame's {@code data}, bytes {@code 0} to {@code length}; valid during the call only
         * @param nanos {@code System.nanoTime()} when it was read
         */
        void frame(int client, byte[] data, int length, long nanos);
    }

    SseSwarm(InetSocketAddress address, String path, Probes probes, int threads) throws IOException {
        this(address, path, probes, threads, null);
    }

    /**
     * A swarm of clients on {@code path} whose score frames go to {@code listener} (no probes measured).
     *
     * @param threads the selector threads the clients are spread over
     */
    public SseSwarm(InetSocketAddress address, String path, int threads, FrameListener listener) throws IOException {
        this(address, path, new Probes(0), threads, Objects.requireNonNull(listener, "listener must not be null"));
    }

    private SseSwarm(
            InetSocketAddress address, String path, Probes probes, int threads, @Nullable FrameListener listener)
            throws IOException {
        this.address = address;
        this.path = path;
        this.probes = probes;
        this.listener = listener;
        this.readers = new Reader[threads];
        for (int i = 0; i < threads; i++) {
            readers[i] = new Reader(i);
            readers[i].start();
        }
    }

    /**
     * Opens {@code count} more streams, at most {@code perSecond}, and waits until each has its response headers
     * (or {@code timeoutSeconds} pass).
     *
     * @return whether all are established
     */
    public boolean open(int count, int perSecond, int timeoutSeconds) throws InterruptedException {
        int target = opened.get() + count;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Reader reader = readers[next++ % readers.length];
            reader.toOpen.add(new Stream(opened.getAndIncrement()));
            if (i % 100 == 99) {
                reader.selector.wakeup();
                long due = start + (long) ((i + 1) * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
        }
        for (Reader reader : readers) {
            reader.selector.wakeup();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (established.get() < target && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return established.get() >= target;
    }

    /** Streams with response headers received (reopened ones count again). */
    public int established() {
        return established.get();
    }

    /** Times a stream ended or failed and was opened again. */
    public int reopened() {
        return reopened.get();
    }

    /** Failed connection attempts and non-200 answers. */
    public int failures() {
        return failures.get();
    }

    /** SSE frames received by all clients. */
    public long frames() {
        return frames.get();
    }

    /** Bytes received by all clients (HTTP framing included). */
    public long bytes() {
        return received.get();
    }

    /** Gift-alert latencies of the measured probes, all clients. */
    LatencyHistogram giftLatencies() {
        LatencyHistogram all = new LatencyHistogram();
        for (Reader reader : readers) {
            all.add(reader.gifts);
        }
        return all;
    }

    /** Scoreboard latencies of the measured probes, all clients. */
    LatencyHistogram scoreboardLatencies() {
        LatencyHistogram all = new LatencyHistogram();
        for (Reader reader : readers) {
            all.add(reader.scoreboards);
        }
        return all;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Reader reader : readers) {
            reader.selector.wakeup();
        }
        for (Reader reader : readers) {
            reader.join(30_000);
        }
    }

    /**
     * The probes sent: their send times and which ones are measured. {@link #next()} is called by one thread (the
     * sender); the readers look up send times.
     */
    static final class Probes {

        private final long[] sentNanos;
        private volatile int sent;
        private volatile int measureFrom = Integer.MAX_VALUE;
        private volatile boolean stopped;

        Probes(int capacity) {
            this.sentNanos = new long[capacity];
        }

        /** Takes the next probe id and stamps its send time (call just before sending it); -1 when stopped or full. */
        int next() {
            int id = sent;
            if (stopped || id >= sentNanos.length) {
                return -1;
            }
            sentNanos[id] = System.nanoTime();
            sent = id + 1; // volatile write after the stamp: a reader that sees the id sees its time
            return id;
        }

        /** Probes from the next one on are measured. */
        void startMeasuring() {
            measureFrom = sent;
        }

        /** Stops taking probes; returns how many were measured. */
        int stopMeasuring() {
            stopped = true;
            return Math.max(0, sent - measureFrom);
        }

        boolean measured(long id) {
            return id >= measureFrom && id < sent;
        }

        long sentAt(long id) {
            return sentNanos[(int) id];
        }
    }

    private final class Reader extends Thread {

        final Selector selector;
        final Queue<Stream> toOpen = new ConcurrentLinkedQueue<>();
        final List<Stream> delayed = new ArrayList<>();
        final List<Stream> streams = new ArrayList<>();
        final byte[] bytes = new byte[256 * 1024];
        final ByteBuffer buffer = ByteBuffer.wrap(bytes);
        final LatencyHistogram gifts = new LatencyHistogram();
        final LatencyHistogram scoreboards = new LatencyHistogram();
        long localFrames;
        long localBytes;

        Reader(int index) throws IOException {
            super("sse-swarm-" + index);
            setDaemon(true);
            this.selector = Selector.open();
        }

        @Override
        public void run() {
            try {
                while (running) {
                    openPending();
                    selector.select(50);
                    long now = System.nanoTime();
                    Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                    while (keys.hasNext()) {
                        SelectionKey key = keys.next();
                        keys.remove();
                        handle(key, (Stream) key.attachment(), now);
                    }
                    frames.addAndGet(localFrames);
                    localFrames = 0;
                    received.addAndGet(localBytes);
                    localBytes = 0;
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("sse reader failed: " + e);
            } finally {
                for (Stream stream : streams) {
                    stream.closeQuietly();
                }
                try {
                    selector.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }

        private void openPending() {
            long now = System.nanoTime();
            for (Iterator<Stream> it = delayed.iterator(); it.hasNext(); ) {
                Stream stream = it.next();
                if (stream.notBefore <= now) {
                    it.remove();
                    connect(stream);
                }
            }
            Stream stream;
            while ((stream = toOpen.poll()) != null) {
                streams.add(stream);
                connect(stream);
            }
        }

        private void connect(Stream stream) {
            try {
                SocketChannel channel = SocketChannel.open();
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                stream.channel = channel;
                if (channel.connect(address)) {
                    sendRequest(stream);
                    channel.register(selector, SelectionKey.OP_READ, stream);
                } else {
                    channel.register(selector, SelectionKey.OP_CONNECT, stream);
                }
            } catch (IOException e) {
                retry(stream);
            }
        }

        private void sendRequest(Stream stream) throws IOException {
            String target = stream.lastId > 0 ? path + "?lastEventId=" + stream.lastId : path;
            ByteBuffer request = ByteBuffer.wrap(
                    ("GET " + target + " HTTP/1.1\r\nHost: " + address.getHostString() + ":" + address.getPort()
                                    + "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            stream.channel().write(request);
            if (request.hasRemaining()) {
                throw new IOException("request not written at once");
            }
        }

        private void handle(SelectionKey key, Stream stream, long now) {
            try {
                if (!key.isValid()) {
                    return;
                }
                if (key.isConnectable()) {
                    stream.channel().finishConnect();
                    sendRequest(stream);
                    key.interestOps(SelectionKey.OP_READ);
                    return;
                }
                if (key.isReadable()) {
                    buffer.clear();
                    int read = stream.channel().read(buffer);
                    if (read < 0) {
                        retry(stream);
                        return;
                    }
                    localBytes += read;
                    if (!stream.feed(bytes, read, now, this)) {
                        retry(stream);
                    }
                }
            } catch (IOException e) {
                retry(stream);
            }
        }

        /** The stream ended or failed: open it again shortly, resuming after its last event id. */
        private void retry(Stream stream) {
            stream.closeQuietly();
            if (!running) {
                return;
            }
            if (stream.established) {
                reopened.incrementAndGet();
            } else {
                failures.incrementAndGet();
            }
            stream.reset();
            stream.notBefore = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
            delayed.add(stream);
        }

        void established() {
            established.incrementAndGet();
        }

        void frame(Stream stream, int event, byte[] data, int length, long now) {
            localFrames++;
            if (listener != null) {
                if (event == SCOREBOARD) {
                    listener.frame(stream.client, data, length, now);
                }
                return;
            }
            if (event == GIFT) {
                int at = indexOf(data, length, PROBE_MARK, 0);
                if (at >= 0) {
                    long id = number(data, length, at + PROBE_MARK.length);
                    if (id >= 0 && probes.measured(id)) {
                        gifts.record(now - probes.sentAt(id));
                    }
                }
            } else if (event == SCOREBOARD) {
                int side = indexOf(data, length, S2_MARK, 0);
                int score = side < 0 ? -1 : indexOf(data, length, SCORE_MARK, side);
                long value = score < 0 ? -1 : number(data, length, score + SCORE_MARK.length);
                if (value < 0) {
                    return;
                }
                if (stream.score >= 0) {
                    for (long id = stream.score; id < value; id++) {
                        if (probes.measured(id)) {
                            scoreboards.record(now - probes.sentAt(id));
                        }
                    }
                }
                stream.score = Math.max(stream.score, value);
            }
        }
    }

    /** One client's connection and parser state. */
    private static final class Stream {

        private static final int HEADERS = 0;
        private static final int SIZE = 1;
        private static final int DATA = 2;
        private static final int DATA_END = 3;
        private static final int IDENTITY = 4;

        final int client;

        @Nullable
        SocketChannel channel;

        long notBefore;
        boolean established;
        long lastId;
        /** The s2 score this client saw last (probes before it are delivered); -1 before its first scoreboard. */
        long score = -1;

        private int state = HEADERS;
        private byte[] head = new byte[1024];
        private int headLength;
        private long chunkLeft;
        private boolean chunkExtension;
        private byte[] line = new byte[1024];
        private int lineLength;
        private byte[] data = new byte[4096];
        private int dataLength;
        private int event = NO_EVENT;

        Stream(int client) {
            this.client = client;
        }

        SocketChannel channel() {
            SocketChannel current = channel;
            if (current == null) {
                throw new IllegalStateException("not connected");
            }
            return current;
        }

        void reset() {
            channel = null;
            established = false;
            state = HEADERS;
            headLength = 0;
            chunkLeft = 0;
            chunkExtension = false;
            lineLength = 0;
            dataLength = 0;
            event = NO_EVENT;
        }

        void closeQuietly() {
            SocketChannel current = channel;
            if (current != null) {
                try {
                    current.close();
                } catch (IOException ignored) {
                    // gone anyway
                }
            }
        }

        /** Consumes bytes read; false when the response is not a 200 event stream or has ended. */
        boolean feed(byte[] bytes, int length, long now, Reader reader) {
            int i = 0;
            while (i < length) {
                switch (state) {
                    case HEADERS -> {
                        byte c = bytes[i++];
                        if (headLength == head.length) {
                            head = java.util.Arrays.copyOf(head, head.length * 2);
                        }
                        head[headLength++] = c;
                        if (c == '\n' && headLength >= 4 && head[headLength - 3] == '\n') {
                            String headers = new String(head, 0, headLength, StandardCharsets.ISO_8859_1);
                            if (!headers.startsWith("HTTP/1.1 200")) {
                                return false;
                            }
                            established = true;
                            reader.established();
                            state = headers.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")
                                    ? SIZE
                                    : IDENTITY;
                        }
                    }
                    case SIZE -> {
                        byte c = bytes[i++];
                        if (c == '\n') {
                            if (chunkLeft == 0) {
                                return false; // last chunk: the stream ended
                            }
                            state = DATA;
                            chunkExtension = false;
                        } else if (c == ';') {
                            chunkExtension = true;
                        } else if (!chunkExtension && c != '\r') {
                            chunkLeft = chunkLeft * 16 + Character.digit(c, 16);
                        }
                    }
                    case DATA -> {
                        int n = (int) Math.min(chunkLeft, length - i);
                        sse(bytes, i, n, now, reader);
                        i += n;
                        chunkLeft -= n;
                        if (chunkLeft == 0) {
                            state = DATA_END;
                        }
                    }
                    case DATA_END -> {
                        if (bytes[i++] == '\n') {
                            state = SIZE;
                        }
                    }
                    default -> {
                        sse(bytes, i, length - i, now, reader);
                        i = length;
                    }
                }
            }
            return true;
        }

        private void sse(byte[] bytes, int from, int count, long now, Reader reader) {
            for (int i = from; i < from + count; i++) {
                byte c = bytes[i];
                if (c == '\n') {
                    line(now, reader);
                    lineLength = 0;
                } else {
                    if (lineLength == line.length) {
                        line = java.util.Arrays.copyOf(line, line.length * 2);
                    }
                    line[lineLength++] = c;
                }
            }
        }

        private void line(long now, Reader reader) {
            int n = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
            if (n == 0) {
                if (dataLength > 0 || event != NO_EVENT) {
                    reader.frame(this, event, data, dataLength, now);
                }
                event = NO_EVENT;
                dataLength = 0;
            } else if (startsWith("data:", n)) {
                int from = n > 5 && line[5] == ' ' ? 6 : 5;
                int size = n - from;
                if (dataLength + size > data.length) {
                    data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, dataLength + size));
                }
                System.arraycopy(line, from, data, dataLength, size);
                dataLength += size;
            } else if (startsWith("event:", n)) {
                event = startsWith("event: gift", n) && n == 11
                        ? GIFT
                        : startsWith("event: scoreboard", n)
                                        || startsWith("event: ended", n)
                                        || (startsWith("event: score", n) && n == 12)
                                ? SCOREBOARD
                                : NO_EVENT;
            } else if (startsWith("id:", n)) {
                long id = number(line, n, line[3] == ' ' ? 4 : 3);
                if (id > 0) {
                    lastId = id;
                }
            }
        }

        private boolean startsWith(String prefix, int n) {
            if (n < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (line[i] != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static int indexOf(byte[] data, int length, byte[] mark, int from) {
        outer:
        for (int i = from; i <= length - mark.length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (data[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The decimal number at {@code from}, or -1 when there is none (e.g. {@code null}). */
    private static long number(byte[] data, int length, int from) {
        long value = -1;
        for (int i = from; i < length && data[i] >= '0' && data[i] <= '9'; i++) {
            value = (value < 0 ? 0 : value * 10) + (data[i] - '0');
        }
        return value;
    }
}
