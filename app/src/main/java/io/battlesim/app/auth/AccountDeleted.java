package io.battlesim.app.auth;

import java.util.Objects;

/**
 * Published when a user deleted all their data: modules that keep anything keyed to the user delete it too.
 *
 * @param userId the app's user id that no longer exists
 * @param openId the TikTok open_id of that user
 */
public record AccountDeleted(long userId, String openId) {

    public AccountDeleted {
        Objects.requireNonNull(openId, "openId must not be null");
    }
}
