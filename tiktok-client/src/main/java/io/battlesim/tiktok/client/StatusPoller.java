package io.battlesim.tiktok.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Fetches a publish task's status every few seconds until it {@link PublishStatus#settled() settles} or a limit
 * (time or attempts) is reached; create it with {@link ContentPosting#poller(Duration, Duration)}. Immutable.
 */
public final class StatusPoller {

    private final ContentPosting posting;
    private final Duration interval;
    private final Duration maxWait;
    private final int maxAttempts;
    private final Clock clock;
    private final Sleeper sleeper;

    StatusPoller(
            ContentPosting posting,
            Duration interval,
            Duration maxWait,
            int maxAttempts,
            Clock clock,
            Sleeper sleeper) {
        Objects.requireNonNull(interval, "interval must not be null");
        Objects.requireNonNull(maxWait, "maxWait must not be null");
        if (interval.isNegative() || interval.isZero() || maxWait.isNegative()) {
            throw new IllegalArgumentException("need a positive interval and a non-negative maxWait");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
        }
        this.posting = posting;
        this.interval = interval;
        this.maxWait = maxWait;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** This poller, stopping after at most {@code maxAttempts} fetches as well; never null. */
    public StatusPoller withMaxAttempts(int maxAttempts) {
        return new StatusPoller(posting, interval, maxWait, maxAttempts, clock, sleeper);
    }

    /** Like {@link #await(String, String, Consumer)} without hearing each status. */
    public PublishStatus await(String accessToken, String publishId) {
        return await(accessToken, publishId, status -> {});
    }

    /**
     * Polls until the status settles or a limit is reached.
     *
     * @param onStatus hears every fetched status (for progress), never null
     * @return the settled status, or the last one fetched when a limit was reached first (check {@link
     *     PublishStatus#settled()}); never null
     * @throws TikTokException when a fetch fails beyond its retries
     * @throws IllegalStateException when interrupted while waiting (the interrupt flag is set again)
     */
    public PublishStatus await(String accessToken, String publishId, Consumer<PublishStatus> onStatus) {
        Objects.requireNonNull(onStatus, "onStatus must not be null");
        Instant deadline = clock.instant().plus(maxWait);
        for (int attempt = 1; ; attempt++) {
            PublishStatus status = posting.fetchStatus(accessToken, publishId);
            onStatus.accept(status);
            boolean outOfTime = clock.instant().plus(interval).isAfter(deadline);
            if (status.settled() || attempt >= maxAttempts || outOfTime) {
                return status;
            }
            pause();
        }
    }

    private void pause() {
        try {
            sleeper.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while polling the publish status", e);
        }
    }

    @Override
    public String toString() {
        return "StatusPoller[interval=" + interval + ", maxWait=" + maxWait + ", maxAttempts=" + maxAttempts + "]";
    }
}
