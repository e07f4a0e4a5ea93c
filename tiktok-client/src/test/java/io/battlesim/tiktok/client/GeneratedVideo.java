package io.battlesim.tiktok.client;

import java.io.IOException;
import java.io.InputStream;

/** {@code size} deterministic bytes made on the fly, so tests upload large files without holding them; may fail. */
final class GeneratedVideo extends InputStream {

    private final long size;
    private final long failAt;
    private long position;

    private GeneratedVideo(long size, long failAt) {
        this.size = size;
        this.failAt = failAt;
    }

    static UploadSource of(long size) {
        return UploadSource.ofStream(() -> new GeneratedVideo(size, Long.MAX_VALUE));
    }

    /** A source whose reads fail once they reach {@code failAt}, like a disk error or a killed process. */
    static UploadSource failingAt(long size, long failAt) {
        return UploadSource.ofStream(() -> new GeneratedVideo(size, failAt));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position >= failAt) {
            throw new IOException("simulated read failure at byte " + position);
        }
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, Math.min(size, failAt) - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) ((position + i) * 31);
        }
        position += n;
        return n;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, size - position));
        position += skipped;
        return skipped;
    }
}
