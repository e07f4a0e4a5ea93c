package io.battlesim.app.auth.token;

import io.battlesim.tiktok.client.TokenSet;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's decrypted TikTok tokens with the state of the connection.
 *
 * @param userId the owner's app user id
 * @param tokens the tokens (their {@code toString()} masks them)
 * @param status whether the connection still works
 * @param updatedAt when the row last changed
 */
public record StoredTokens(long userId, TokenSet tokens, TokenStatus status, Instant updatedAt) {

    public StoredTokens {
        Objects.requireNonNull(tokens, "tokens must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    }
}
