package io.battlesim.tiktok.emulator.webhooks;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Posts deliveries on virtual threads and schedules retries with exponential backoff; the threads start with the
 * first event, so an emulator without webhooks runs none.
 */
final class DeliveryRunner implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeliveryRunner.class.getName());

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(java.time.Duration.ofSeconds(5))
            .build();
    private volatile boolean closed;
    private @Nullable ScheduledExecutorService scheduler;
    private @Nullable ExecutorService senders;

    /** Makes the first attempt after {@code delay} (zero: at once), then retries as the settings say. */
    void start(
            DeliveryAttempts delivery,
            WebhookSettings settings,
            Supplier<Optional<String>> secret,
            AtomicInteger pending,
            Duration delay) {
        if (delay.isZero()) {
            run(() -> attempt(delivery, settings, secret, pending));
        } else {
            attemptLater(delivery, settings, secret, pending, delay);
        }
    }

    private void run(Runnable task) {
        try {
            executor().execute(task);
        } catch (RejectedExecutionException e) {
            // closed: the emulator is shutting down, deliveries are abandoned
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    private void attempt(
            DeliveryAttempts delivery,
            WebhookSettings settings,
            Supplier<Optional<String>> secret,
            AtomicInteger pending) {
        Optional<String> clientSecret = secret.get();
        // An app unregistered meanwhile has no secret to sign with: give up at once.
        int status = clientSecret.isEmpty() ? 0 : post(delivery, settings, clientSecret.get());
        boolean again = delivery.recordAttempt(status, clientSecret.isEmpty() ? 1 : settings.maxAttempts()) && !closed;
        if (!again) {
            if (delivery.snapshot().state().equals("gave_up")) {
                LOG.log(
                        Level.INFO,
                        "gave up delivering " + delivery.event() + " after " + delivery.attempts() + " attempts");
            }
            pending.decrementAndGet();
            return;
        }
        attemptLater(delivery, settings, secret, pending, settings.backoff(delivery.attempts()));
    }

    private void attemptLater(
            DeliveryAttempts delivery,
            WebhookSettings settings,
            Supplier<Optional<String>> secret,
            AtomicInteger pending,
            Duration delay) {
        try {
            scheduler()
                    .schedule(
                            () -> run(() -> attempt(delivery, settings, secret, pending)),
                            delay.toMillis(),
                            TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet(); // closed meanwhile
        }
    }

    private int post(DeliveryAttempts delivery, WebhookSettings settings, String clientSecret) {
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(delivery.url())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, WebhookSignature.header(clientSecret, delivery.unixSecondsNow(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private synchronized ExecutorService executor() {
        if (closed) {
            throw new RejectedExecutionException("closed");
        }
        if (senders == null) {
            senders = Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("emulator-webhook-", 0).factory());
            scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                    .daemon()
                    .name("emulator-webhook-retries")
                    .factory());
        }
        return senders;
    }

    private synchronized ScheduledExecutorService scheduler() {
        executor();
        return java.util.Objects.requireNonNull(scheduler, "started with the executor");
    }
}
