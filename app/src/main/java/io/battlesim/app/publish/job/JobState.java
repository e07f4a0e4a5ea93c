package io.battlesim.app.publish.job;

/** Where a publish job is. */
public enum JobState {
    /** Stored; nothing sent to TikTok yet, or an init to retry. */
    PENDING,
    /** Init done, the video is being sent in chunks. */
    UPLOADING,
    /** TikTok has the media and is processing (or downloading) it. */
    PROCESSING,
    /** Posted. */
    COMPLETED,
    /** Ended without a post; {@code error} says why. */
    FAILED;

    /** Whether the job is over. */
    public boolean terminal() {
        return this == COMPLETED || this == FAILED;
    }
}
