package io.battlesim.tiktok.emulator.videos;

import java.time.Instant;
import java.util.Objects;

/**
 * A post the Content Posting API made public, as it enters the creator's video list.
 *
 * @param openId the creator
 * @param postId the {@code publicaly_available_post_id}; becomes the video id
 * @param title the {@code post_info} title (a video's caption), any length
 * @param description the photo post's description, or empty (a video's caption is also its description)
 * @param publishedAt when the post reached {@code PUBLISH_COMPLETE}; becomes {@code create_time}
 * @param photos the number of photos, 0 for a video
 */
public record PublishedPost(
        String openId, long postId, String title, String description, Instant publishedAt, int photos) {

    /** Checks that nothing is null. */
    public PublishedPost {
        Objects.requireNonNull(openId, "openId must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(publishedAt, "publishedAt must not be null");
    }
}
