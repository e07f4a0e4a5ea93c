package io.battlesim.app.publish.job;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A post a user asked for, as stored.
 *
 * @param id the job's id (a UUID)
 * @param userId the app user
 * @param openId the creator's TikTok open_id (quotas are per creator)
 * @param idempotencyKey the key of the form that created it
 * @param kind photo (result card) or video
 * @param battleId the battle it is about, if any
 * @param cardToken the result card's token (photo posts)
 * @param videoPath the uploaded video (video posts)
 * @param videoSize its size in bytes
 * @param choices what the user chose on the form
 * @param state where the job is
 * @param publishId TikTok's publish_id once init succeeded
 * @param uploadUrl where the chunks go (video posts, valid one hour)
 * @param uploadUrlExpiresAt when the upload URL stops working
 * @param uploadedBytes bytes TikTok confirmed
 * @param postIds the public post ids TikTok reported
 * @param error why it failed, readable
 * @param retryAt when trying again may work (rate limits and caps)
 * @param initStartedAt when init was last sent, until TikTok answers it with a refusal (a crash or a lost answer
 *     leaves it set, and the outcome unknown)
 * @param createdAt when it was stored
 * @param updatedAt when it last changed
 */
public record PublishJob(
        String id,
        long userId,
        String openId,
        String idempotencyKey,
        MediaKind kind,
        @Nullable String battleId,
        @Nullable String cardToken,
        @Nullable Path videoPath,
        @Nullable Long videoSize,
        PostChoices choices,
        JobState state,
        @Nullable String publishId,
        @Nullable URI uploadUrl,
        @Nullable Instant uploadUrlExpiresAt,
        long uploadedBytes,
        List<String> postIds,
        @Nullable String error,
        @Nullable Instant retryAt,
        @Nullable Instant initStartedAt,
        Instant createdAt,
        Instant updatedAt) {

    public PublishJob {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(openId, "openId must not be null");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(choices, "choices must not be null");
        Objects.requireNonNull(state, "state must not be null");
        postIds = List.copyOf(postIds);
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    }

    /** A new job, not yet sent to TikTok. */
    public static PublishJob pending(
            String id,
            long userId,
            String openId,
            String idempotencyKey,
            MediaKind kind,
            @Nullable String battleId,
            @Nullable String cardToken,
            @Nullable Path videoPath,
            @Nullable Long videoSize,
            PostChoices choices,
            Instant now) {
        return new PublishJob(
                id,
                userId,
                openId,
                idempotencyKey,
                kind,
                battleId,
                cardToken,
                videoPath,
                videoSize,
                choices,
                JobState.PENDING,
                null,
                null,
                null,
                0,
                List.of(),
                null,
                null,
                null,
                now,
                now);
    }

    /** Share of the video TikTok confirmed, 0 to 100 (100 once past uploading). */
    public int uploadPercent() {
        if (state == JobState.PROCESSING || state == JobState.COMPLETED) {
            return 100;
        }
        if (videoSize == null || videoSize == 0) {
            return 0;
        }
        return (int) Math.min(100, uploadedBytes * 100 / videoSize);
    }

    /** Whether TikTok may have accepted an init whose answer never arrived (a crash or a lost connection). */
    public boolean initOutcomeUnknown() {
        return publishId == null && initStartedAt != null;
    }

    @Override
    public String toString() {
        // the upload URL carries TikTok's upload token: keep it out of logs
        return "PublishJob[id=" + id + ", kind=" + kind + ", state=" + state + ", publishId=" + publishId + "]";
    }
}
