package io.battlesim.app.auth.account;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The TikTok profile fields the app keeps: what {@code user.info.basic} grants, plus the username when the
 * user granted {@code user.info.profile}.
 */
public record TikTokProfile(
        String openId,
        @Nullable String unionId,
        String displayName,
        @Nullable String avatarUrl,
        @Nullable String username) {

    public TikTokProfile {
        Objects.requireNonNull(openId, "openId must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
    }
}
