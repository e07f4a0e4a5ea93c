package io.battlesim.app.auth;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The person using the app, as pages and other modules see them: the principal of every authenticated
 * request and the {@code currentUser} model attribute of every page.
 *
 * @param id the app's own user id
 * @param openId TikTok's per-app user id
 * @param displayName the TikTok display name (untrusted text: always escape it)
 * @param avatarUrl the TikTok avatar URL, {@code null} when TikTok gave none
 * @param username the TikTok username, {@code null} unless the user granted {@code user.info.profile}
 */
public record SignedInUser(
        long id,
        String openId,
        String displayName,
        @Nullable String avatarUrl,
        @Nullable String username) implements Serializable {

    public SignedInUser {
        Objects.requireNonNull(openId, "openId must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
    }
}
