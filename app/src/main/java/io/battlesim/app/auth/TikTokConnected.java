package io.battlesim.app.auth;

import java.util.Objects;
import java.util.Set;

/**
 * Published when a user signed in with TikTok and their new tokens are stored (within that transaction): modules
 * that call TikTok on the user's behalf can start at once.
 *
 * @param userId the app's user id
 * @param scopes the scopes the user granted this time
 */
public record TikTokConnected(long userId, Set<String> scopes) {

    public TikTokConnected {
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes must not be null"));
    }
}
