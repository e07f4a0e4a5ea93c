package io.battlesim.tiktok.emulator.webhooks;

import java.time.Duration;
import java.util.Objects;

/**
 * How the emulator retries webhook deliveries. TikTok retries non-200 answers with exponential backoff for up to
 * 72 hours; the emulator does the same on the wall clock (a retry is a real wait), bounded in count and queue size.
 *
 * @param firstRetry the wait before the first retry, then doubling
 * @param maxBackoff the longest wait between two attempts
 * @param maxAttempts attempts per event including the first, at least 1
 * @param requestTimeout how long one POST may take
 * @param maxPending events queued or waiting for a retry before new ones are dropped (and logged)
 */
public record WebhookSettings(
        Duration firstRetry, Duration maxBackoff, int maxAttempts, Duration requestTimeout, int maxPending) {

    /** One second, doubling up to ten minutes, 20 attempts (about two hours), 10 s timeout, 10,000 pending. */
    public static final WebhookSettings DEFAULTS =
            new WebhookSettings(Duration.ofSeconds(1), Duration.ofMinutes(10), 20, Duration.ofSeconds(10), 10_000);

    /** Validates the values. */
    public WebhookSettings {
        Objects.requireNonNull(firstRetry, "firstRetry must not be null");
        Objects.requireNonNull(maxBackoff, "maxBackoff must not be null");
        Objects.requireNonNull(requestTimeout, "requestTimeout must not be null");
        if (firstRetry.isNegative() || maxBackoff.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("need 0 <= firstRetry <= maxBackoff");
        }
        if (maxAttempts < 1 || maxPending < 1) {
            throw new IllegalArgumentException("maxAttempts and maxPending must be at least 1");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
    }

    Duration backoff(int failedAttempts) {
        long factor = 1L << Math.min(failedAttempts - 1, 30);
        Duration wait = firstRetry.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
