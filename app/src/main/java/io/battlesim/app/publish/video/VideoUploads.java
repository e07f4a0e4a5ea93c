package io.battlesim.app.publish.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded videos under {@code ${app.data-dir}/publish/uploads} until their job is over: streamed to disk
 * (never held in memory), then checked for a readable duration.
 */
@Component
public class VideoUploads {

    private final Path directory;

    VideoUploads(@Value("${app.data-dir}") String dataDir) {
        this.directory = Path.of(dataDir).resolve("publish").resolve("uploads");
    }

    /**
     * A stored upload.
     *
     * @param path where it is
     * @param size its size in bytes
     * @param duration its duration from the movie header, empty when it is not a readable MP4/MOV
     */
    public record StoredVideo(Path path, long size, Optional<Duration> duration) {}

    /** Streams {@code content} to a new file named with {@code originalName}'s extension. */
    public StoredVideo store(InputStream content, String originalName) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(UUID.randomUUID() + extension(originalName));
        try {
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            return new StoredVideo(target, Files.size(target), Mp4Duration.of(target));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /** Deletes an upload that will not be posted. */
    public void discard(StoredVideo video) {
        try {
            Files.deleteIfExists(video.path());
        } catch (IOException e) {
            // best effort: the file sits in the data directory and is harmless
        }
    }

    private static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mov")) {
            return ".mov";
        }
        return lower.endsWith(".webm") ? ".webm" : ".mp4";
    }
}
