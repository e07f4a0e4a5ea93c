package io.battlesim.app.publish.video;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Writes small ISO BMFF files: {@code ftyp}, a {@code moov} with a movie header, and an {@code mdat} payload. */
public final class TestVideos {

    private TestVideos() {}

    /** An MP4 of the given duration (mvhd version 0, timescale 1000) with {@code payloadBytes} of media data. */
    public static Path mp4(Path directory, Duration duration, int payloadBytes) throws IOException {
        return write(directory, mp4Bytes(duration, payloadBytes, false));
    }

    /** The same file's bytes; {@code version1} writes the 64-bit movie header. */
    public static byte[] mp4Bytes(Duration duration, int payloadBytes, boolean version1) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(box(
                "ftyp", concat(ascii("isom"), ByteBuffer.allocate(4).putInt(512).array(), ascii("isomiso2avc1mp41"))));
        out.writeBytes(box("moov", box("mvhd", mvhd(duration, version1))));
        byte[] payload = new byte[payloadBytes];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31);
        }
        out.writeBytes(box("mdat", payload));
        return out.toByteArray();
    }

    private static Path write(Path directory, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(directory, "video-", ".mp4");
        Files.write(file, bytes);
        return file;
    }

    private static byte[] mvhd(Duration duration, boolean version1) {
        ByteBuffer body = ByteBuffer.allocate(version1 ? 112 : 100);
        body.put((byte) (version1 ? 1 : 0)).put(new byte[3]);
        if (version1) {
            body.putLong(0).putLong(0).putInt(1000).putLong(duration.toMillis());
        } else {
            body.putInt(0).putInt(0).putInt(1000).putInt((int) duration.toMillis());
        }
        body.putInt(0x00010000).putShort((short) 0x0100); // rate 1.0, volume 1.0; the rest stays zero
        return body.array();
    }

    private static byte[] box(String type, byte[] body) {
        return ByteBuffer.allocate(8 + body.length)
                .putInt(8 + body.length)
                .put(ascii(type))
                .put(body)
                .array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
