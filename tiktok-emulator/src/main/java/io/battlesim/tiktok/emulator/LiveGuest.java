package io.battlesim.tiktok.emulator;

import java.util.Objects;

/**
 * A sandbox creator appearing as a guest in another creator's LIVE (multi-guest); gifts to the guest carry the
 * guest's {@code user_id} as {@code receiver_user_id}.
 *
 * @param userId the guest's Live API user id, never null
 * @param username the guest's handle, never null
 * @param displayName the guest's display name; untrusted text, escape it when rendering
 */
public record LiveGuest(String userId, String username, String displayName) {

    /** Checks that nothing is null. */
    public LiveGuest {
        Objects.requireNonNull(userId, "userId must not be null");
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
    }
}
