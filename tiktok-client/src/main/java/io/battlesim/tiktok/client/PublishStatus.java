package io.battlesim.tiktok.client;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One answer of {@code POST /v2/post/publish/status/fetch/}.
 *
 * @param status the task's state, never null
 * @param failReason TikTok's {@code fail_reason} when failed, else null
 * @param publiclyAvailablePostIds ids of the public posts (from TikTok's misspelled {@code
 *     publicaly_available_post_id}), filled only after moderation; never null
 * @param uploadedBytes bytes TikTok has received (FILE_UPLOAD)
 * @param downloadedBytes bytes TikTok has downloaded (PULL_FROM_URL)
 */
public record PublishStatus(
        PublishState status,
        @Nullable String failReason,
        List<String> publiclyAvailablePostIds,
        long uploadedBytes,
        long downloadedBytes) {

    private static final Set<String> RETRYABLE_FAIL_REASONS =
            Set.of("internal", "video_pull_failed", "photo_pull_failed");

    /** Copies the ids. */
    public PublishStatus {
        Objects.requireNonNull(status, "status must not be null");
        publiclyAvailablePostIds = List.copyOf(publiclyAvailablePostIds);
    }

    /** True when polling can stop: the task is final or waits for the creator. */
    public boolean settled() {
        return status.isFinal() || status.awaitsCreator();
    }

    /** True when the task failed for a reason TikTok documents as worth a new attempt. */
    public boolean retryable() {
        return status == PublishState.FAILED && failReason != null && RETRYABLE_FAIL_REASONS.contains(failReason);
    }
}
