package io.battlesim.app.scoreboard.stream;

import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The frames one drain writes, handed to the sink as one array: one write, one chunk header and one readiness
 * check per drain instead of one per frame. A lone frame is written as it is (no copy); several are copied into a
 * scratch buffer that each fan-out thread reuses.
 */
final class FrameBatch {

    private static final int INITIAL = 8 * 1024;
    private static final int KEPT = 256 * 1024;
    private static final ThreadLocal<FrameBatch> PER_THREAD = ThreadLocal.withInitial(FrameBatch::new);

    private byte[] buffer = new byte[INITIAL];
    private int length;
    private byte @Nullable [] single;

    private FrameBatch() {}

    /** An empty batch: the thread's own on platform threads, a new one on a virtual thread (which is not reused). */
    static FrameBatch take() {
        FrameBatch batch = Thread.currentThread().isVirtual() ? new FrameBatch() : PER_THREAD.get();
        batch.length = 0;
        batch.single = null;
        return batch;
    }

    void add(byte[] frame) {
        if (single == null && length == 0) {
            single = frame;
            return;
        }
        if (single != null) {
            append(single);
            single = null;
        }
        append(frame);
    }

    boolean isEmpty() {
        return single == null && length == 0;
    }

    /** Writes the batch; afterwards the scratch buffer shrinks back if one big catch-up grew it. */
    void writeTo(SseSink sink) throws IOException {
        byte[] lone = single;
        if (lone != null) {
            sink.write(lone, 0, lone.length);
        } else if (length > 0) {
            sink.write(buffer, 0, length);
        }
        single = null;
        length = 0;
        if (buffer.length > KEPT) {
            buffer = new byte[INITIAL];
        }
    }

    private void append(byte[] frame) {
        if (length + frame.length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + frame.length));
        }
        System.arraycopy(frame, 0, buffer, length, frame.length);
        length += frame.length;
    }
}
