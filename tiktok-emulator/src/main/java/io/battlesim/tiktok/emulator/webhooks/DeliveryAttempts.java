package io.battlesim.tiktok.emulator.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/** One event being delivered: its body and what happened on each attempt so far. */
final class DeliveryAttempts {

    private final String clientKey;
    private final String event;
    private final URI url;
    private final String body;
    private final Clock clock;
    private final Instant queuedAt;
    private final boolean duplicate;
    private int attempts;
    private int lastStatus;
    private String state = "pending";

    DeliveryAttempts(String clientKey, String event, URI url, String body, Clock clock, boolean duplicate) {
        this.clientKey = clientKey;
        this.event = event;
        this.url = url;
        this.body = body;
        this.clock = clock;
        this.queuedAt = clock.instant();
        this.duplicate = duplicate;
    }

    String clientKey() {
        return clientKey;
    }

    URI url() {
        return url;
    }

    String body() {
        return body;
    }

    String event() {
        return event;
    }

    long unixSecondsNow() {
        return clock.instant().getEpochSecond();
    }

    /** Records an attempt; returns true when another attempt should follow. */
    synchronized boolean recordAttempt(int status, int maxAttempts) {
        attempts++;
        lastStatus = status;
        boolean delivered = status >= 200 && status < 300;
        state = delivered ? "delivered" : attempts >= maxAttempts ? "gave_up" : "retrying";
        return state.equals("retrying");
    }

    synchronized int attempts() {
        return attempts;
    }

    synchronized WebhookDelivery snapshot() {
        return new WebhookDelivery(
                clientKey, event, url.toString(), body, attempts, lastStatus, state, queuedAt, duplicate);
    }
}
