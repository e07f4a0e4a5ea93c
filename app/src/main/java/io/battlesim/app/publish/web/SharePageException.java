package io.battlesim.app.publish.web;

import org.springframework.http.HttpStatus;

/** The share pages cannot be shown; the user reads {@link #getMessage()} on a friendly page. */
final class SharePageException extends RuntimeException {

    private final HttpStatus status;

    SharePageException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
