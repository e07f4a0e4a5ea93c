package io.battlesim.app.scoreboard.stream;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A client's stream as a servlet async response in non-blocking mode: writes happen only while
 * {@link ServletOutputStream#isReady()} says so, and the container's {@link WriteListener#onWritePossible()}
 * resumes the client; no thread ever waits for a slow network.
 */
final class ServletSseSink implements SseSink, WriteListener, AsyncListener {

    private final AsyncContext context;
    private final ServletOutputStream out;
    private final AtomicBoolean completed = new AtomicBoolean();
    private volatile @Nullable SseClient client;

    ServletSseSink(AsyncContext context) throws IOException {
        this.context = context;
        this.out = context.getResponse().getOutputStream();
    }

    /** Starts streaming to {@code client}: the container calls back as soon as the response can be written. */
    void bind(SseClient client) {
        this.client = client;
        context.addListener(this);
        out.setWriteListener(this);
    }

    @Override
    public boolean isReady() {
        return !completed.get() && out.isReady();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        if (completed.compareAndSet(false, true)) {
            try {
                context.complete();
            } catch (IllegalStateException alreadyDone) {
                // the container ended the request first (client gone, timeout)
            }
        }
    }

    @Override
    public void onWritePossible() {
        SseClient current = client;
        if (current != null) {
            current.onWritable();
        }
    }

    @Override
    public void onError(Throwable failure) {
        gone();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        completed.set(true);
        gone();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
        gone();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
        gone();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }

    private void gone() {
        SseClient current = client;
        if (current != null) {
            current.onGone();
        }
    }
}
