package io.battlesim.app.tiktok;

import org.jspecify.annotations.Nullable;

/** The {@code app.tiktok} settings cannot work; start-up stops with {@link #action()} as the advice. */
public final class InvalidTikTokSettingsException extends RuntimeException {

    private final String action;

    InvalidTikTokSettingsException(String description, String action, @Nullable Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** What the operator should do about it. */
    public String action() {
        return action;
    }
}
