package io.battlesim.app.publish.job;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a post did not happen, in words for the user, and when trying again may work.
 *
 * @param message readable text, never containing secrets
 * @param retryAt when trying again may work, or null when it will not help (or the time is unknown)
 */
public record Failure(String message, @Nullable Instant retryAt) {

    public Failure {
        Objects.requireNonNull(message, "message must not be null");
    }
}
