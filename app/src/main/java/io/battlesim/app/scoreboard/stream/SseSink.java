package io.battlesim.app.scoreboard.stream;

import java.io.IOException;

/**
 * Where one client's bytes go: a non-blocking output. Calls come from one thread at a time (the client's lock).
 * When {@link #isReady()} answers false, the sink calls back {@link SseClient#onWritable()} once it can take
 * more.
 */
interface SseSink {

    /** Whether a write now would not block; when false, a writable callback follows later. */
    boolean isReady();

    /** Writes {@code length} bytes from {@code offset}; only after {@link #isReady()} answered true. */
    void write(byte[] bytes, int offset, int length) throws IOException;

    /** Pushes buffered bytes to the network without waiting. */
    void flush() throws IOException;

    /** Ends the response (the browser reconnects after its retry delay); idempotent. */
    void close();
}
