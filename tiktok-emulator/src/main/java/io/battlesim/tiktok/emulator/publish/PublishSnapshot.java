package io.battlesim.tiktok.emulator.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A publish task as the emulator sees it right now.
 *
 * @param publishId the {@code publish_id}
 * @param kind which init endpoint created it
 * @param clientKey the app
 * @param username the creator's username
 * @param openId the creator's open_id
 * @param status the TikTok status
 * @param failReason the {@code fail_reason} when {@code FAILED}, else null
 * @param postIds the {@code publicaly_available_post_id} list (public posts after moderation only)
 * @param title the caption (untrusted text)
 * @param privacyLevel the requested privacy, or null for inbox flows
 * @param fileUpload whether the media came by FILE_UPLOAD (else PULL_FROM_URL)
 * @param uploadedBytes bytes received by chunk PUTs
 * @param downloadedBytes bytes pulled from the media URLs
 * @param createdAt when init was called, on the emulator clock
 */
public record PublishSnapshot(
        String publishId,
        PublishKind kind,
        String clientKey,
        String username,
        String openId,
        PublishState status,
        @Nullable String failReason,
        List<Long> postIds,
        String title,
        @Nullable String privacyLevel,
        boolean fileUpload,
        long uploadedBytes,
        long downloadedBytes,
        Instant createdAt) {

    /** Checks the required fields and copies the list. */
    public PublishSnapshot {
        Objects.requireNonNull(publishId, "publishId must not be null");
        Objects.requireNonNull(status, "status must not be null");
        postIds = List.copyOf(postIds);
    }
}
