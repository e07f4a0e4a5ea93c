package io.battlesim.tiktok.client;

import java.util.Objects;

/**
 * A webhook call failed verification: answer it with an error status and log {@link #reason()}, never the body.
 */
public final class WebhookSignatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the call was refused. */
    public enum Reason {
        /** The {@code TikTok-Signature} header is missing or not {@code t=<seconds>,s=<hex>}. */
        MALFORMED_HEADER,
        /** The signature does not match the body and timestamp under the app's client secret. */
        SIGNATURE_MISMATCH,
        /** The timestamp is outside the tolerance: a replayed or badly delayed call. */
        STALE_TIMESTAMP,
        /**
         * The signature matched but the body is not a webhook envelope: no {@code event}, or no {@code create_time}
         * in Unix seconds that an {@link java.time.Instant} can hold.
         */
        MALFORMED_BODY
    }

    private final Reason reason;

    WebhookSignatureException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason must not be null");
    }

    /** Why the call was refused; never null. */
    public Reason reason() {
        return reason;
    }
}
