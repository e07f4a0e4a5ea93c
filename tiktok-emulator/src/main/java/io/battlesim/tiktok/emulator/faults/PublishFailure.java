package io.battlesim.tiktok.emulator.faults;

import java.util.Objects;
import java.util.Set;

/**
 * Fault mode for Content Posting: the share of publish tasks that end {@code FAILED} with a chosen {@code
 * fail_reason} instead of completing.
 *
 * @param failReason one of TikTok's documented {@code fail_reason} values (§4.9 of the facts file)
 * @param rate share of tasks that fail, 0 to 1
 */
public record PublishFailure(String failReason, double rate) {

    /** The {@code fail_reason} values TikTok documents for the status fetch and {@code post.publish.failed}. */
    public static final Set<String> REASONS = Set.of(
            "file_format_check_failed",
            "duration_check_failed",
            "frame_rate_check_failed",
            "picture_size_check_failed",
            "internal",
            "video_pull_failed",
            "photo_pull_failed",
            "publish_cancelled",
            "auth_removed",
            "spam_risk_too_many_posts",
            "spam_risk_user_banned_from_posting",
            "spam_risk_text",
            "spam_risk");

    /** No task fails on purpose. */
    public static final PublishFailure NONE = new PublishFailure("internal", 0);

    /** Validates the reason and the rate. */
    public PublishFailure {
        Objects.requireNonNull(failReason, "failReason must not be null");
        if (!REASONS.contains(failReason)) {
            throw new IllegalArgumentException("unknown fail_reason " + failReason + "; TikTok documents " + REASONS);
        }
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1, got " + rate);
        }
    }
}
