package io.battlesim.app.publish.job;

/** A failed post is not tried again; the message says why, in words for the user. */
public final class RetryRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RetryRefusedException(String message) {
        super(message, null, false, false);
    }
}
