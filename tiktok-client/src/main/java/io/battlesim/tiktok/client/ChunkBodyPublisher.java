package io.battlesim.tiktok.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A request body that reads one chunk from a stream in 256 KiB buffers, only as fast as the HTTP client asks for
 * them, so memory stays a few buffers whatever the chunk size. The JDK's {@code ofInputStream} reads 16 KiB at a
 * time, which halves upload throughput over a fast link.
 */
final class ChunkBodyPublisher implements Flow.Publisher<ByteBuffer> {

    static final int BUFFER_SIZE = 256 * 1024;

    private final Supplier<InputStream> streams;
    private final long length;

    ChunkBodyPublisher(Supplier<InputStream> streams, long length) {
        this.streams = streams;
        this.length = length;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        subscriber.onSubscribe(new Reading(subscriber));
    }

    /** Emits buffers while there is demand; the work-in-progress counter keeps one reader at a time. */
    private final class Reading implements Flow.Subscription {
        private final Flow.Subscriber<? super ByteBuffer> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger workInProgress = new AtomicInteger();
        private volatile boolean stopped;
        private @Nullable InputStream in;
        private long sent;

        Reading(Flow.Subscriber<? super ByteBuffer> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                stop();
                subscriber.onError(new IllegalArgumentException("non-positive request " + n));
                return;
            }
            demand.getAndAccumulate(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
            drain();
        }

        @Override
        public void cancel() {
            stop();
        }

        private void drain() {
            if (workInProgress.getAndIncrement() != 0) {
                return;
            }
            do {
                while (!stopped && demand.get() > 0) {
                    emitOne();
                }
            } while (workInProgress.decrementAndGet() != 0);
        }

        private void emitOne() {
            try {
                InputStream source = in;
                if (source == null) {
                    source = streams.get();
                    in = source;
                }
                if (sent == length) {
                    stop();
                    subscriber.onComplete();
                    return;
                }
                byte[] buffer = new byte[(int) Math.min(BUFFER_SIZE, length - sent)];
                int n = source.readNBytes(buffer, 0, buffer.length);
                if (n < buffer.length) {
                    throw new IOException("the upload source ended " + (length - sent - n) + " bytes early");
                }
                sent += n;
                demand.decrementAndGet();
                subscriber.onNext(ByteBuffer.wrap(buffer));
            } catch (IOException | UncheckedIOException e) {
                stop();
                subscriber.onError(e);
            }
        }

        private void stop() {
            stopped = true;
        }
    }
}
