package io.battlesim.app.insights.store;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a creator's snapshot stands.
 *
 * @param day the UTC day the snapshot is for
 * @param state how far it got
 * @param listCursor the video list cursor to go on from (null: from the newest video)
 * @param videosSeen videos stored so far for {@code day}
 * @param attempts failed attempts in a row
 * @param nextRunAt when the scheduler takes this creator next
 * @param lastError why the last attempt did not finish (no secrets: TikTok's error code and message)
 * @param lastManualAt when the creator last asked for "Refresh now"
 */
public record SnapshotRun(
        long userId,
        LocalDate day,
        SnapshotState state,
        @Nullable Long listCursor,
        int videosSeen,
        int attempts,
        Instant nextRunAt,
        @Nullable String lastError,
        @Nullable Instant lastManualAt) {

    /** A snapshot of {@code day} not begun yet, due at {@code due}. */
    public static SnapshotRun fresh(long userId, LocalDate day, Instant due) {
        return new SnapshotRun(userId, day, SnapshotState.RUNNING, null, 0, 0, due, null, null);
    }

    /** This run in another state, the rest kept. */
    public SnapshotRun moved(SnapshotState state, @Nullable Long cursor, int seen, int attempts, Instant next) {
        return new SnapshotRun(userId, day, state, cursor, seen, attempts, next, lastError, lastManualAt);
    }

    public SnapshotRun withNext(Instant next) {
        return new SnapshotRun(userId, day, state, listCursor, videosSeen, attempts, next, lastError, lastManualAt);
    }

    public SnapshotRun withError(@Nullable String error) {
        return new SnapshotRun(userId, day, state, listCursor, videosSeen, attempts, nextRunAt, error, lastManualAt);
    }

    public SnapshotRun withManual(@Nullable Instant manualAt) {
        return new SnapshotRun(userId, day, state, listCursor, videosSeen, attempts, nextRunAt, lastError, manualAt);
    }
}
