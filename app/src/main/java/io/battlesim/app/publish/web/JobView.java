package io.battlesim.app.publish.web;

import io.battlesim.app.publish.job.JobState;
import io.battlesim.app.publish.job.MediaKind;
import io.battlesim.app.publish.job.PublishJob;
import io.battlesim.app.publish.job.TikTokFailures;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A publish job as pages and the JSON API show it (never the upload URL: it carries TikTok's upload token).
 *
 * @param id the job's id
 * @param kind PHOTO or VIDEO
 * @param state where the job is
 * @param stateLabel the state in words
 * @param title the post's title or caption
 * @param privacyLevel the chosen privacy
 * @param uploadPercent upload progress, 0 to 100
 * @param publishId TikTok's publish id, once known
 * @param postIds the public post ids TikTok reported
 * @param postUrls links to the posts (when the creator's username is known)
 * @param error why it failed
 * @param retryAfter when trying again may work, in words
 * @param battleId the battle it is about
 * @param createdAt when it was submitted (ISO-8601)
 */
record JobView(
        String id,
        MediaKind kind,
        JobState state,
        String stateLabel,
        String title,
        String privacyLevel,
        int uploadPercent,
        @Nullable String publishId,
        List<String> postIds,
        List<String> postUrls,
        @Nullable String error,
        @Nullable String retryAfter,
        @Nullable String battleId,
        String createdAt) {

    static JobView of(PublishJob job, @Nullable String username) {
        String path = job.kind() == MediaKind.PHOTO ? "/photo/" : "/video/";
        List<String> urls = username == null || username.isBlank()
                ? List.of()
                : job.postIds().stream()
                        .map(id -> "https://www.tiktok.com/@" + username + path + id)
                        .toList();
        return new JobView(
                job.id(),
                job.kind(),
                job.state(),
                label(job.state()),
                job.choices().title(),
                job.choices().privacyLevel(),
                job.uploadPercent(),
                job.publishId(),
                job.postIds(),
                urls,
                job.error(),
                job.retryAt() == null ? null : TikTokFailures.at(job.retryAt()),
                job.battleId(),
                job.createdAt().toString());
    }

    private static String label(JobState state) {
        return switch (state) {
            case PENDING -> "Waiting to send";
            case UPLOADING -> "Uploading";
            case PROCESSING -> "TikTok is processing";
            case COMPLETED -> "Posted";
            case FAILED -> "Failed";
        };
    }
}
