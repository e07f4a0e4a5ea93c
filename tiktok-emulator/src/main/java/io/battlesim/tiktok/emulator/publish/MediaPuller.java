package io.battlesim.tiktok.emulator.publish;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * PULL_FROM_URL for real: downloads each media URL with the JDK HttpClient on a virtual thread, streaming and
 * counting the bytes (nothing is kept). A redirect, a non-200 answer, a connection failure or an oversized file
 * fails the task with {@code video_pull_failed} / {@code photo_pull_failed}; a photo that is not JPEG or WebP with
 * {@code file_format_check_failed}.
 */
final class MediaPuller implements AutoCloseable {

    private static final long MAX_VIDEO_BYTES = 4L << 30;
    private static final long MAX_PHOTO_BYTES = 20L * 1024 * 1024;

    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER) // any 3xx counts as an invalid media URL
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("emulator-pull-", 0).factory());

    MediaPuller(Clock clock) {
        this.clock = clock;
    }

    void start(PublishTask task) {
        try {
            Future<?> future = executor.submit(() -> pullAll(task));
            task.pullStarted(future);
        } catch (RejectedExecutionException e) {
            task.pullFailed(pullFailed(task));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void pullAll(PublishTask task) {
        for (URI url : task.media().urls()) {
            String failure = pull(task, url);
            if (failure != null) {
                task.pullFailed(failure);
                return;
            }
        }
        task.pullSucceeded(clock.instant());
    }

    private @org.jspecify.annotations.Nullable String pull(PublishTask task, URI url) {
        boolean photo = task.kind().photo();
        HttpRequest request =
                HttpRequest.newBuilder(url).timeout(Duration.ofHours(1)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return pullFailed(task);
                }
                if (photo && !isJpegOrWebp(response)) {
                    return "file_format_check_failed";
                }
                return count(task, body, photo ? MAX_PHOTO_BYTES : MAX_VIDEO_BYTES);
            }
        } catch (IOException e) {
            return pullFailed(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "publish_cancelled";
        }
    }

    private static @org.jspecify.annotations.Nullable String count(PublishTask task, InputStream body, long max)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = body.read(buffer)) >= 0) {
            total += read;
            task.downloaded(read);
            if (total > max) {
                return task.kind().photo() ? "picture_size_check_failed" : pullFailed(task);
            }
            if (Thread.currentThread().isInterrupted()) {
                return "publish_cancelled";
            }
        }
        return null;
    }

    private static boolean isJpegOrWebp(HttpResponse<?> response) {
        String type = response.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
        return type.startsWith("image/jpeg") || type.startsWith("image/webp");
    }

    private static String pullFailed(PublishTask task) {
        return task.kind().photo() ? "photo_pull_failed" : "video_pull_failed";
    }
}
