package io.battlesim.app.insights.store;

/** How far a creator's snapshot of a day got. */
public enum SnapshotState {
    /** Pages of videos are being stored; a failure leaves the cursor to resume from. */
    RUNNING,
    /** The last attempt stopped midway (a 429, TikTok or the network failing); the next resumes from the cursor. */
    FAILED,
    /** The day's snapshot is complete. */
    DONE,
    /** Not taken: the creator revoked access or the token could not be refreshed. */
    SKIPPED
}
