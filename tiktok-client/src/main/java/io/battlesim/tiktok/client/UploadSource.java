package io.battlesim.tiktok.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The bytes of a video to upload, read as a stream so memory stays independent of the file size. The upload reads
 * it front to back and reopens it only to retry or resume.
 */
public interface UploadSource {

    /** The content types TikTok accepts for video chunks. */
    Set<String> VIDEO_TYPES = Set.of("video/mp4", "video/quicktime", "video/webm");

    /**
     * Opens a new stream positioned at {@code offset}; the caller closes it.
     *
     * @throws IOException when the bytes cannot be read
     */
    InputStream openAt(long offset) throws IOException;

    /** The chunks' {@code Content-Type}: {@code video/mp4}, {@code video/quicktime} or {@code video/webm}. */
    String contentType();

    /** A file, typed by its extension ({@code .mov}, {@code .webm}, otherwise {@code video/mp4}); never null. */
    static UploadSource ofPath(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        return ofPath(path, typeOf(path));
    }

    /** A file with an explicit content type; never null. */
    static UploadSource ofPath(Path path, String contentType) {
        Objects.requireNonNull(path, "path must not be null");
        String type = checkType(contentType);
        return new UploadSource() {
            @Override
            public InputStream openAt(long offset) throws IOException {
                FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                return Channels.newInputStream(channel.position(offset));
            }

            @Override
            public String contentType() {
                return type;
            }
        };
    }

    /**
     * MP4 bytes from a supplier that returns a <em>new</em> stream from the first byte on every call (a retry or
     * resume skips forward to its offset); never null.
     */
    static UploadSource ofStream(Supplier<? extends InputStream> streams) {
        return ofStream(streams, "video/mp4");
    }

    /** Like {@link #ofStream(Supplier)} with an explicit content type; never null. */
    static UploadSource ofStream(Supplier<? extends InputStream> streams, String contentType) {
        Objects.requireNonNull(streams, "streams must not be null");
        String type = checkType(contentType);
        return new UploadSource() {
            @Override
            public InputStream openAt(long offset) throws IOException {
                InputStream stream = Objects.requireNonNull(streams.get(), "the supplier returned null");
                stream.skipNBytes(offset);
                return stream;
            }

            @Override
            public String contentType() {
                return type;
            }
        };
    }

    private static String typeOf(Path path) {
        Path name = path.getFileName();
        String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (file.endsWith(".mov")) {
            return "video/quicktime";
        }
        return file.endsWith(".webm") ? "video/webm" : "video/mp4";
    }

    private static String checkType(String contentType) {
        Objects.requireNonNull(contentType, "contentType must not be null");
        if (!VIDEO_TYPES.contains(contentType)) {
            throw new IllegalArgumentException("contentType must be one of " + VIDEO_TYPES + " but was " + contentType);
        }
        return contentType;
    }
}
