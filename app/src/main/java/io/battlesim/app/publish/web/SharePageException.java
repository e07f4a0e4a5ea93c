package io.battlesim.app.publish.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The share pages cannot be shown; the user reads {@link #getMessage()} on a friendly page, with a link back to the
 * share form of {@link #battleId()} when there is one.
 */
final class SharePageException extends RuntimeException {

    private final HttpStatus status;
    private final @Nullable String battleId;

    SharePageException(HttpStatus status, String message) {
        this(status, message, null);
    }

    SharePageException(HttpStatus status, String message, @Nullable String battleId) {
        super(message, null, false, false);
        this.status = status;
        this.battleId = battleId;
    }

    HttpStatus status() {
        return status;
    }

    @Nullable
    String battleId() {
        return battleId;
    }
}
