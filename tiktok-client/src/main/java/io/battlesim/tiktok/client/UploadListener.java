package io.battlesim.tiktok.client;

/**
 * Hears upload progress, roughly every MiB and after every confirmed chunk, from an HTTP client thread; keep it
 * cheap. After a failed chunk is retried the count drops back to the last confirmed chunk.
 */
@FunctionalInterface
public interface UploadListener {

    /**
     * Reports progress.
     *
     * @param sentBytes bytes handed to the connection so far, including earlier confirmed chunks
     * @param totalBytes the file size
     */
    void onProgress(long sentBytes, long totalBytes);

    /** A listener that ignores progress; never null. */
    static UploadListener none() {
        return (sent, total) -> {};
    }
}
