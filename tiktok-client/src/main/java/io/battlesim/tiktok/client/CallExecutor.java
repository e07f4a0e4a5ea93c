package io.battlesim.tiktok.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Runs an {@link ApiCall}: rate limiting, sending, reading, and retrying with full-jitter backoff only the
 * failures the call's {@link RetryScope} declares safe to repeat.
 */
final class CallExecutor {

    private final HttpExchanger exchanger;
    private final RateLimiter rateLimiter;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;

    CallExecutor(HttpExchanger exchanger, RateLimiter rateLimiter, RetryPolicy retryPolicy, Sleeper sleeper) {
        this.exchanger = exchanger;
        this.rateLimiter = rateLimiter;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
    }

    <T> T execute(ApiCall call, Function<Exchange, T> reader) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(call, reader);
            } catch (TikTokApiException | TikTokTransportException e) {
                if (attempt >= retryPolicy.maxAttempts() || !safeToRetry(call, e)) {
                    throw e;
                }
            }
            pauseBeforeRetry(call, attempt);
        }
    }

    private <T> T attempt(ApiCall call, Function<Exchange, T> reader) {
        if (call.rateLimitToken() != null) {
            rateLimiter.acquire(call, call.rateLimitToken());
        }
        return reader.apply(exchanger.send(call));
    }

    static boolean safeToRetry(ApiCall call, TikTokException failure) {
        return switch (failure) {
            case TikTokTransportException transport ->
                call.retryScope() == RetryScope.ANY_FAILURE || transport.beforeRequestSent();
            case TikTokApiException api -> call.retryScope() == RetryScope.ANY_FAILURE && api.retryable();
            case TikTokRateLimitedException limited -> false;
            case TikTokUploadException upload -> false;
        };
    }

    private void pauseBeforeRetry(ApiCall call, int attempt) {
        Duration pause =
                retryPolicy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HttpExchanger.failure(call, "Interrupted while waiting to retry", e, false, false);
        }
    }
}
