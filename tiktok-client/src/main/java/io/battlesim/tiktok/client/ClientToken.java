package io.battlesim.tiktok.client;

import java.time.Instant;
import java.util.Objects;

/**
 * An app-level access token ({@code clt.…}) from the client-credentials grant; it has no refresh token.
 *
 * @param accessToken the token, never null
 * @param expiresAt when it expires (TikTok issues them for two hours), never null
 * @param tokenType the token type, normally {@code Bearer}; never null
 */
public record ClientToken(String accessToken, Instant expiresAt, String tokenType) {

    /** Validates the values. */
    public ClientToken {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
        Objects.requireNonNull(tokenType, "tokenType must not be null");
    }

    /** True when the token is expired at {@code now}. */
    public boolean expired(Instant now) {
        return !Objects.requireNonNull(now, "now must not be null").isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "ClientToken[accessToken=" + Secrets.mask(accessToken) + ", expiresAt=" + expiresAt + ", tokenType="
                + tokenType + "]";
    }
}
