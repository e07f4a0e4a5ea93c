package io.battlesim.tiktok.client;

import java.util.Optional;

/**
 * Where a {@link UserSession} loads a user's tokens from and saves the rotated ones to; implementations must be
 * thread-safe and should encrypt tokens at rest.
 */
public interface TokenStore {

    /** The stored tokens of the user with this open id, or empty when none are stored. */
    Optional<TokenSet> find(String openId);

    /** Stores (replaces) the tokens of {@code tokens.openId()}. */
    void save(TokenSet tokens);

    /** A thread-safe store that keeps tokens in memory only, for tests and single-process tools. */
    static TokenStore inMemory() {
        return new InMemoryTokenStore();
    }
}
