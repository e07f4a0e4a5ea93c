package io.battlesim.tiktok.emulator.webhooks;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of delivering one webhook event so far, for the status page and tests.
 *
 * @param clientKey the app
 * @param event the event name, e.g. {@code post.publish.complete}
 * @param callbackUrl where it is sent
 * @param body the exact JSON body
 * @param attempts attempts made
 * @param lastStatus the HTTP status of the last attempt, 0 for a connection failure or none yet
 * @param state {@code pending}, {@code delivered}, {@code retrying} or {@code gave_up}
 * @param queuedAt when the event was created, on the emulator clock
 * @param duplicate whether this is the second delivery of an event (the fault mode's at-least-once duplicates)
 */
public record WebhookDelivery(
        String clientKey,
        String event,
        String callbackUrl,
        String body,
        int attempts,
        int lastStatus,
        String state,
        Instant queuedAt,
        boolean duplicate) {

    /** Checks that nothing is null. */
    public WebhookDelivery {
        Objects.requireNonNull(clientKey, "clientKey must not be null");
        Objects.requireNonNull(event, "event must not be null");
        Objects.requireNonNull(callbackUrl, "callbackUrl must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(queuedAt, "queuedAt must not be null");
    }
}
