package io.battlesim.app.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * A sandbox creator's past counts, which only the emulator knows (TikTok reports current counts only). Present in
 * emulator mode alone; a creator's first snapshot there backfills this history so the dashboard has curves at once.
 */
public interface SandboxHistory {

    /**
     * The creator's counts at the end of each of the {@code days} UTC days before {@code today}, oldest first; empty
     * for an account the emulator does not know.
     */
    List<Day> history(String openId, LocalDate today, int days);

    /** One past day. */
    record Day(LocalDate day, ProfileCounts profile, List<VideoSeen> videos) {

        public Day {
            videos = List.copyOf(videos);
        }
    }
}
