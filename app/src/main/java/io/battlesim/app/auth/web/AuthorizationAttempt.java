package io.battlesim.app.auth.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in started in this browser session: the state sent to TikTok and the PKCE verifier for the exchange.
 * Single use, and short-lived. Serializable for cluster mode, whose sessions live in the database.
 */
record AuthorizationAttempt(String state, String codeVerifier, Instant expiresAt) implements Serializable {

    AuthorizationAttempt {
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(codeVerifier, "codeVerifier must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    }

    @Override
    public String toString() {
        return "AuthorizationAttempt[state=" + state.substring(0, 8) + "…, expiresAt=" + expiresAt + "]";
    }
}
