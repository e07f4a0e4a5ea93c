package io.battlesim.tiktok.emulator.publish;

import java.time.Duration;
import java.util.Objects;

/**
 * The Content Posting quotas the emulator enforces (§4.11, §9 of the facts file).
 *
 * @param dailyPostsPerCreator direct posts per creator in any 24 h ({@code spam_risk_too_many_posts}); TikTok
 *     says "typically around 15"
 * @param pendingSharesPerCreator inbox shares not yet posted per creator in 24 h ({@code
 *     spam_risk_too_many_pending_share})
 * @param unauditedActiveUsers distinct creators posting through one unaudited app in 24 h ({@code
 *     reached_active_user_cap})
 * @param uploadUrlTtl how long an {@code upload_url} works after init (TikTok: 1 hour)
 */
public record PublishLimits(
        int dailyPostsPerCreator, int pendingSharesPerCreator, int unauditedActiveUsers, Duration uploadUrlTtl) {

    /** TikTok's documented values: 15 posts, 5 pending shares, 5 active users, 1 hour. */
    public static final PublishLimits TIKTOK = new PublishLimits(15, 5, 5, Duration.ofHours(1));

    /** Validates the values. */
    public PublishLimits {
        Objects.requireNonNull(uploadUrlTtl, "uploadUrlTtl must not be null");
        if (dailyPostsPerCreator < 1 || pendingSharesPerCreator < 1 || unauditedActiveUsers < 1) {
            throw new IllegalArgumentException("publish limits must be at least 1");
        }
        if (uploadUrlTtl.isNegative() || uploadUrlTtl.isZero()) {
            throw new IllegalArgumentException("uploadUrlTtl must be positive");
        }
    }
}
