package io.battlesim.app.auth.token;

import java.time.Instant;

/** One {@code tiktok_token} row as stored: both tokens sealed by {@link TokenCipher}. */
record SealedTokens(
        long userId,
        String accessTokenSealed,
        Instant accessExpiresAt,
        String refreshTokenSealed,
        Instant refreshExpiresAt,
        String scopes,
        TokenStatus status,
        Instant updatedAt) {

    @Override
    public String toString() {
        return "SealedTokens[userId=" + userId + ", accessExpiresAt=" + accessExpiresAt + ", status=" + status + "]";
    }
}
