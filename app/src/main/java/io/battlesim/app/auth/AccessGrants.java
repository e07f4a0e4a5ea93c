package io.battlesim.app.auth;

import java.util.Optional;

/** A user's fresh TikTok access token with its scopes, for calls other modules make on the user's behalf. */
@FunctionalInterface
public interface AccessGrants {

    /**
     * @return empty when the user does not exist, never connected, disconnected, or TikTok refused to refresh
     */
    Optional<AccessGrant> grantOf(long userId);
}
