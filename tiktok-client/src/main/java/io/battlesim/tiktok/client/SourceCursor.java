package io.battlesim.tiktok.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link UploadSource} chunk by chunk through one open stream, so a stream source is read once front to
 * back; a chunk that does not start where the stream stands (a retry, a resume) reopens the source at its offset.
 * The HTTP client reads chunk streams on its own threads, hence the locking.
 */
final class SourceCursor implements AutoCloseable {

    private static final long PROGRESS_STEP = 1L << 20;

    private final UploadSource source;
    private final long total;
    private final UploadListener listener;
    private @Nullable InputStream current;
    private long position;
    private long lastReported;
    private long generation;

    SourceCursor(UploadSource source, long total, UploadListener listener) {
        this.source = source;
        this.total = total;
        this.listener = listener;
    }

    /** A stream of exactly the range's bytes that leaves the underlying stream open when closed. */
    synchronized InputStream chunk(ByteRange range) {
        try {
            if (current == null || position != range.first()) {
                close();
                current = source.openAt(range.first());
                position = range.first();
            }
            lastReported = position;
            generation++;
            return new ChunkStream(range.last() + 1, generation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload source at " + range.first(), e);
        }
    }

    /** Reports a chunk TikTok confirmed. */
    void confirmed(long bytes) {
        listener.onProgress(bytes, total);
    }

    private synchronized int read(byte[] buffer, int offset, int length, long end, long streamGeneration)
            throws IOException {
        InputStream in = current;
        // A stream of an abandoned attempt may still be read by the HTTP client; it must not move the cursor.
        if (in == null || position >= end || streamGeneration != generation) {
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, end - position));
        if (n < 0) {
            throw new IOException("the upload source ended at byte " + position + " before the planned " + total);
        }
        position += n;
        if (position - lastReported >= PROGRESS_STEP) {
            lastReported = position;
            listener.onProgress(position, total);
        }
        return n;
    }

    @Override
    public synchronized void close() throws IOException {
        InputStream in = current;
        current = null;
        if (in != null) {
            in.close();
        }
    }

    private final class ChunkStream extends InputStream {
        private final long end;
        private final long generation;

        ChunkStream(long end, long generation) {
            this.end = end;
            this.generation = generation;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return length == 0 ? 0 : SourceCursor.this.read(buffer, offset, length, end, generation);
        }
    }
}
