package io.battlesim.app.auth.token;

import org.jspecify.annotations.Nullable;

/** The token encryption key is unusable; start-up stops with {@link #action()} as the advice. */
public final class InvalidTokenKeyException extends RuntimeException {

    private final String action;

    InvalidTokenKeyException(String description, String action, @Nullable Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** What the operator should do about it. */
    public String action() {
        return action;
    }
}
