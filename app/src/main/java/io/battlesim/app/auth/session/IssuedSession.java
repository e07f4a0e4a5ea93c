package io.battlesim.app.auth.session;

import java.time.Instant;
import java.util.Objects;

/**
 * A new app session: the bearer token is shown to the client exactly once and never stored.
 *
 * @param token the bearer token (32 random bytes, base64url without padding)
 * @param expiresAt when the session ends
 */
public record IssuedSession(String token, Instant expiresAt) {

    public IssuedSession {
        Objects.requireNonNull(token, "token must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    }

    @Override
    public String toString() {
        return "IssuedSession[token=" + token.substring(0, Math.min(8, token.length())) + "…, expiresAt=" + expiresAt
                + "]";
    }
}
