package io.battlesim.app.auth.token;

import java.util.Objects;

/**
 * Whose tokens a vault row holds.
 *
 * @param userId the app user id
 * @param openId the user's TikTok open_id
 */
public record TokenOwner(long userId, String openId) {

    public TokenOwner {
        Objects.requireNonNull(openId, "openId must not be null");
    }
}
