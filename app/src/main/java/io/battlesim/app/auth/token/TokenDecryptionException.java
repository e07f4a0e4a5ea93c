package io.battlesim.app.auth.token;

import org.jspecify.annotations.Nullable;

/** A sealed token could not be opened: it was altered, sealed with another key or belongs to another row. */
public final class TokenDecryptionException extends RuntimeException {

    TokenDecryptionException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
