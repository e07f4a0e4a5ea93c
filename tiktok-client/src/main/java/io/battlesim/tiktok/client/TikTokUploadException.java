package io.battlesim.tiktok.client;

import java.util.Objects;

/**
 * A chunked upload stopped: a chunk failed beyond its retries, or TikTok refused it. {@link #confirmedBytes()} is
 * where {@link ContentPosting#resume} continues while the upload URL is valid; {@link #failure()} says why.
 */
public final class TikTokUploadException extends TikTokException {

    private static final long serialVersionUID = 1L;

    private final long confirmedBytes;
    private final long totalBytes;
    private final TikTokException failure;

    TikTokUploadException(long confirmedBytes, long totalBytes, TikTokException failure) {
        super(failure.endpoint(), describe(confirmedBytes, totalBytes, failure), failure);
        this.confirmedBytes = confirmedBytes;
        this.totalBytes = totalBytes;
        this.failure = Objects.requireNonNull(failure, "failure must not be null");
    }

    private static String describe(long confirmedBytes, long totalBytes, TikTokException failure) {
        return "Upload stopped after " + confirmedBytes + " of " + totalBytes + " bytes: " + failure.getMessage();
    }

    /** Bytes TikTok confirmed (whole chunks), from which a resume continues. */
    public long confirmedBytes() {
        return confirmedBytes;
    }

    /** The file size. */
    public long totalBytes() {
        return totalBytes;
    }

    /** The last chunk's failure: a {@link TikTokApiException} with the HTTP status, or a transport failure. */
    public TikTokException failure() {
        return failure;
    }

    /**
     * True when resuming may succeed: the connection failed or TikTok had a server error, rather than refusing the
     * URL (403 expired, 404 unknown) or the request (400).
     */
    public boolean resumable() {
        return switch (failure) {
            case TikTokApiException api -> api.httpStatus() == 416 || api.retryable();
            default -> true;
        };
    }
}
