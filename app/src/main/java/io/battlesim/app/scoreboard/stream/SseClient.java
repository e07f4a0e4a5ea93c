package io.battlesim.app.scoreboard.stream;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One connected stream: a cursor into its battle's {@link FrameLog} plus a few frames of its own (the retry
 * delay, a catch-up scoreboard, heartbeats). Of the frames new to it, it writes every gift, the latest
 * scoreboard and any later score, and every end, as one batch. It is drained on the fan-out pool whenever there is
 * something new and never waits for the network: when the sink is not ready it stops and the sink's writable
 * callback resumes it. A client whose cursor falls more than {@code maxLag} frames behind is disconnected (its browser resumes
 * with {@code Last-Event-ID}).
 */
final class SseClient {

    private final FrameLog log;
    private final SseSink sink;
    private final Executor fanOut;
    private final int maxLag;
    private final Consumer<SseClient> onClosed;
    private final ReentrantLock io = new ReentrantLock();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicReference<@Nullable SseFrame> heartbeat = new AtomicReference<>();
    private final Queue<SseFrame> preface;
    private volatile long cursor;
    private volatile boolean writable;
    private final AtomicBoolean closed = new AtomicBoolean();
    private boolean unflushed;

    SseClient(
            FrameLog log,
            SseSink sink,
            Executor fanOut,
            int maxLag,
            long start,
            List<SseFrame> preface,
            Consumer<SseClient> onClosed) {
        this.log = log;
        this.sink = sink;
        this.fanOut = fanOut;
        this.maxLag = maxLag;
        this.cursor = start;
        this.preface = new ArrayDeque<>(preface);
        this.onClosed = onClosed;
    }

    /**
     * Something new is in the log: drains it here and now (the caller is a fan-out thread waking a slice of the
     * battle's clients) unless a drain is already due; a client too far behind is disconnected instead.
     */
    void wake() {
        if (closed.get()) {
            return;
        }
        long head = log.head();
        if (head - cursor > maxLag) {
            disconnect();
            return;
        }
        // nothing new for this client (anything else pending goes out on the writable callback)
        if (head <= cursor && heartbeat.get() == null) {
            return;
        }
        if (scheduled.compareAndSet(false, true)) {
            drain();
        }
    }

    /** Queues a heartbeat (replacing one not yet sent) and signals. */
    void heartbeat(SseFrame frame) {
        heartbeat.set(frame);
        schedule();
    }

    /** The sink can take bytes (the first time: the response is ready to stream). Runs on a container thread. */
    void onWritable() {
        writable = true;
        drain();
    }

    /** The connection failed or was closed by the container. */
    void onGone() {
        markClosed();
    }

    /** Ends the stream (slow client, shutdown); the browser reconnects by itself. */
    void disconnect() {
        if (closing.compareAndSet(false, true)) {
            schedule();
        }
    }

    boolean closed() {
        return closed.get();
    }

    long cursor() {
        return cursor;
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                fanOut.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                scheduled.set(false);
                markClosed();
            }
        }
    }

    private void drain() {
        io.lock();
        try {
            scheduled.set(false);
            if (closed.get()) {
                return;
            }
            if (closing.get()) {
                sink.close();
                markClosed();
                return;
            }
            if (writable) {
                writePending();
            }
        } catch (IOException | RuntimeException gone) {
            sink.close();
            markClosed();
        } finally {
            io.unlock();
        }
    }

    /**
     * Writes everything pending as one batch when the sink is ready (the writable callback resumes it otherwise),
     * then flushes.
     */
    private void writePending() throws IOException {
        if (!sink.isReady()) {
            return;
        }
        FrameBatch batch = FrameBatch.take();
        SseFrame frame;
        while ((frame = preface.poll()) != null) {
            batch.add(frame.bytes());
        }
        long end = log.head();
        long latestScoreboard = log.latestScoreboard();
        long latestScore = log.latestScore();
        for (long position = cursor; position < end; position++) {
            SseFrame next = log.at(position);
            if (next == null) {
                disconnectNow();
                return;
            }
            cursor = position + 1;
            if (!FrameLog.superseded(next, position, latestScoreboard, latestScore)) {
                batch.add(next.bytes());
            }
        }
        SseFrame beat = heartbeat.getAndSet(null);
        if (beat != null) {
            batch.add(beat.bytes());
        }
        if (!batch.isEmpty()) {
            batch.writeTo(sink);
            unflushed = true;
        }
        if (unflushed && sink.isReady()) {
            unflushed = false;
            sink.flush();
            sink.isReady(); // registers for the writable callback if the flush could not send everything
        }
    }

    private void disconnectNow() {
        sink.close();
        markClosed();
    }

    private void markClosed() {
        if (closed.compareAndSet(false, true)) {
            onClosed.accept(this);
        }
    }
}
