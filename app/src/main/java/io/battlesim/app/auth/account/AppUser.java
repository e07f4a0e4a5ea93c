package io.battlesim.app.auth.account;

import io.battlesim.app.auth.SignedInUser;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A user who consented, as stored in {@code app_user}. */
public record AppUser(
        long id,
        String openId,
        @Nullable String unionId,
        String displayName,
        @Nullable String avatarUrl,
        @Nullable String username,
        Instant createdAt,
        Instant updatedAt,
        Instant ageConfirmedAt,
        Instant consentAt,
        String consentVersion) {

    public AppUser {
        Objects.requireNonNull(openId, "openId must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
    }

    /** The view of this user that pages and other modules get. */
    public SignedInUser toSignedInUser() {
        return new SignedInUser(id, openId, displayName, avatarUrl, username);
    }
}
