package io.battlesim.app.publish.web;

import io.battlesim.app.publish.job.JobRetries;
import io.battlesim.app.publish.job.JobState;
import io.battlesim.app.publish.job.MediaKind;
import io.battlesim.app.publish.job.PublishJob;
import io.battlesim.app.publish.job.TikTokFailures;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
 * @param linkNote why a posted post has no public link (yet), in words
 * @param error why it failed
 * @param retryAfter when trying again may work, in words
 * @param retryAt the same instant (ISO-8601)
 * @param retryable whether the post can be tried again as it was ({@code POST /publish/jobs/{id}/retry})
 * @param retriedAs the job that tried it again, if any
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
        @Nullable String linkNote,
        @Nullable String error,
        @Nullable String retryAfter,
        @Nullable String retryAt,
        boolean retryable,
        @Nullable String retriedAs,
        @Nullable String battleId,
        String createdAt) {

    static final String PRIVATE_NOTE =
            "Only you can see this post, so TikTok gives it no public link." + " Find it on your TikTok profile.";
    static final String REVIEW_NOTE = "TikTok shows the post's link once its review of the post is done.";

    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern(
                    "d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static JobView of(PublishJob job, @Nullable String username, @Nullable PublishJob retry) {
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
                linkNote(job),
                job.error(),
                job.retryAt() == null ? null : TikTokFailures.at(job.retryAt()),
                job.retryAt() == null ? null : job.retryAt().toString(),
                retry == null && JobRetries.offered(job),
                retry == null ? null : retry.id(),
                job.battleId(),
                job.createdAt().toString());
    }

    /** The user's jobs, newest first, each with its retry when that is among them. */
    static List<JobView> listOf(List<PublishJob> jobs, @Nullable String username) {
        Map<String, PublishJob> byKey =
                jobs.stream().collect(Collectors.toMap(PublishJob::idempotencyKey, job -> job, (a, b) -> a));
        return jobs.stream()
                .map(job -> of(job, username, byKey.get(JobRetries.keyOf(job))))
                .toList();
    }

    /** When it was submitted, as read without scripts (the page localises it). */
    public String createdAtText() {
        return UTC_TEXT.format(Instant.parse(createdAt));
    }

    /** A failed post that cannot be retried in one click may be shared again from its battle. */
    public boolean shareAgain() {
        return state == JobState.FAILED && !retryable && retriedAs == null && battleId != null;
    }

    private static @Nullable String linkNote(PublishJob job) {
        if (job.state() != JobState.COMPLETED || !job.postIds().isEmpty()) {
            return null;
        }
        return "SELF_ONLY".equals(job.choices().privacyLevel()) ? PRIVATE_NOTE : REVIEW_NOTE;
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
