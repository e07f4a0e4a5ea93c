package io.battlesim.app.insights;

import io.battlesim.app.auth.AccessGrant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where snapshots read a creator's counts: TikTok's Display API through the SDK (the emulator's in emulator mode).
 * An interface so that the snapshot logic is tested against failures TikTok cannot be made to produce on cue.
 */
public interface InsightsSource {

    /** The profile counts ({@code user.info.stats}). */
    ProfileCounts profile(AccessGrant grant);

    /**
     * One page of the creator's videos, newest first.
     *
     * @param cursor the cursor the previous page returned, null for the newest videos
     */
    VideoBatch videos(AccessGrant grant, @Nullable Long cursor);

    /**
     * A page of videos.
     *
     * @param nextCursor what to pass for the next page
     * @param hasMore whether TikTok has older videos (a page may be short even then)
     */
    record VideoBatch(List<VideoSeen> videos, @Nullable Long nextCursor, boolean hasMore) {

        public VideoBatch {
            videos = List.copyOf(videos);
        }
    }
}
