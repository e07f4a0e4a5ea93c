package io.battlesim.tiktok.emulator.videos;

import java.time.Instant;
import java.util.Objects;

/**
 * One of a creator's public videos: what stays fixed once it is posted. Its counts depend on the instant, see
 * {@link VideoCatalogue#countsAt(Video, Instant)}.
 *
 * @param id the video id (TikTok's ~19-digit item id, kept as a string)
 * @param openId the creator's open_id
 * @param createTime when it was posted, whole seconds
 * @param title the title, at most 150 UTF-16 units; untrusted text
 * @param description the description with its hashtags, at most 150 UTF-16 units; untrusted text
 * @param duration seconds
 * @param width pixels
 * @param height pixels
 * @param listed false for the few videos {@code /v2/video/list/} leaves out (TikTok's trust-and-safety filtering,
 *     which makes some pages shorter than {@code max_count}); they still count in the profile and answer {@code
 *     /v2/video/query/}
 */
public record Video(
        String id,
        String openId,
        Instant createTime,
        String title,
        String description,
        int duration,
        int width,
        int height,
        boolean listed) {

    /** Checks that nothing is null. */
    public Video {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(openId, "openId must not be null");
        Objects.requireNonNull(createTime, "createTime must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(description, "description must not be null");
    }
}
