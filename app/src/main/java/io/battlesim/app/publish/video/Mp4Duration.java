package io.battlesim.app.publish.video;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a video's duration from its ISO BMFF movie header ({@code moov/mvhd}) by seeking from box to box, so a
 * multi-gigabyte file costs a few reads. Works for MP4 and QuickTime MOV; anything else is "unknown".
 */
public final class Mp4Duration {

    private static final int HEADER = 8;

    private Mp4Duration() {}

    /** The duration, or empty when the file is not an MP4/MOV with a readable movie header. */
    public static Optional<Duration> of(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Optional<Box> moov = find(channel, 0, channel.size(), "moov");
            if (moov.isEmpty()) {
                return Optional.empty();
            }
            Optional<Box> mvhd =
                    find(channel, moov.get().bodyStart(), moov.get().end(), "mvhd");
            return mvhd.isEmpty() ? Optional.empty() : readMvhd(channel, mvhd.get());
        }
    }

    private record Box(String type, long bodyStart, long end) {}

    private static Optional<Box> find(FileChannel channel, long from, long to, String wanted) throws IOException {
        long position = from;
        while (position + HEADER <= to) {
            ByteBuffer header = read(channel, position, 16);
            if (header.remaining() < HEADER) {
                return Optional.empty();
            }
            long size = Integer.toUnsignedLong(header.getInt());
            String type = new String(
                    new byte[] {header.get(), header.get(), header.get(), header.get()}, StandardCharsets.ISO_8859_1);
            long headerSize = HEADER;
            if (size == 1) {
                if (header.remaining() < 8) {
                    return Optional.empty();
                }
                size = header.getLong();
                headerSize = 16;
            } else if (size == 0) {
                size = to - position;
            }
            if (size < headerSize || position + size > to) {
                return Optional.empty();
            }
            if (type.equals(wanted)) {
                return Optional.of(new Box(type, position + headerSize, position + size));
            }
            position += size;
        }
        return Optional.empty();
    }

    private static Optional<Duration> readMvhd(FileChannel channel, Box mvhd) throws IOException {
        ByteBuffer body = read(channel, mvhd.bodyStart(), 32);
        if (body.remaining() < 20) {
            return Optional.empty();
        }
        int version = body.get() & 0xff;
        body.position(4);
        long timescale;
        long duration;
        if (version == 1) {
            if (body.remaining() < 28) {
                return Optional.empty();
            }
            body.position(body.position() + 16);
            timescale = Integer.toUnsignedLong(body.getInt());
            duration = body.getLong();
        } else {
            body.position(body.position() + 8);
            timescale = Integer.toUnsignedLong(body.getInt());
            duration = Integer.toUnsignedLong(body.getInt());
        }
        if (timescale == 0 || duration < 0) {
            return Optional.empty();
        }
        // whole seconds first, so a 64-bit duration cannot overflow when scaled to milliseconds
        return Optional.of(
                Duration.ofSeconds(duration / timescale).plusMillis(duration % timescale * 1000 / timescale));
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                break;
            }
        }
        return buffer.flip();
    }
}
