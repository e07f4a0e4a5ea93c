package io.battlesim.app.insights;

import io.battlesim.app.insights.store.SnapshotRun;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The top of the dashboard: the profile over time, the latest snapshot against the one before, the best time to
 * post, and where the snapshots stand.
 *
 * @param latest the newest profile point, null before the first snapshot
 * @param previous the point before it, null with fewer than two
 * @param run the snapshot state, null before the first was scheduled
 */
public record InsightsOverview(
        List<ProfilePoint> profile,
        @Nullable ProfilePoint latest,
        @Nullable ProfilePoint previous,
        long videosStored,
        BestTimeToPost bestTime,
        @Nullable SnapshotRun run) {

    public boolean empty() {
        return latest == null;
    }
}
