package io.battlesim.tiktok.emulator.faults;

import io.battlesim.tiktok.emulator.EmulatorResponse;
import io.battlesim.tiktok.emulator.FaultSettings;
import io.battlesim.tiktok.emulator.http.ErrorStyle;
import io.battlesim.tiktok.emulator.http.Routes;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/** Applies the current {@link FaultSettings} to requests; thread-safe, deterministic for a given seed. */
public final class Faults {

    private final AtomicReference<FaultSettings> settings = new AtomicReference<>(FaultSettings.NONE);
    private final AtomicReference<PublishFailure> publishFailure = new AtomicReference<>(PublishFailure.NONE);
    private volatile double webhookDuplicateRate;
    private final RandomGenerator random;

    /**
     * Creates the fault injector with no faults.
     *
     * @param seed the emulator seed
     */
    public Faults(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The current settings.
     *
     * @return the settings, never null
     */
    public FaultSettings settings() {
        return settings.get();
    }

    /**
     * Replaces the settings.
     *
     * @param newSettings the settings, must not be null
     */
    public void settings(FaultSettings newSettings) {
        settings.set(Objects.requireNonNull(newSettings, "settings must not be null"));
    }

    /**
     * The current Content Posting failure setting.
     *
     * @return the setting, never null; {@link PublishFailure#NONE} when off
     */
    public PublishFailure publishFailure() {
        return publishFailure.get();
    }

    /**
     * Makes a share of publish tasks fail with a documented {@code fail_reason}.
     *
     * @param failure the setting, {@link PublishFailure#NONE} to switch it off; must not be null
     */
    public void publishFailure(PublishFailure failure) {
        publishFailure.set(Objects.requireNonNull(failure, "failure must not be null"));
    }

    /**
     * Draws whether one publish task fails, when its processing ends.
     *
     * @return the {@code fail_reason}, or empty when the task succeeds
     */
    public Optional<String> drawPublishFailure() {
        PublishFailure current = publishFailure.get();
        if (current.rate() <= 0) {
            return Optional.empty();
        }
        return current.rate() >= 1 || roll() < current.rate() ? Optional.of(current.failReason()) : Optional.empty();
    }

    /**
     * The share of webhook events delivered a second time.
     *
     * @return a rate from 0 to 1
     */
    public double webhookDuplicateRate() {
        return webhookDuplicateRate;
    }

    /**
     * Makes a share of webhook events arrive twice, as TikTok's at-least-once delivery does (its payloads carry no
     * event id, so a receiver has to be idempotent).
     *
     * @param rate share of events delivered twice, 0 to 1
     */
    public void webhookDuplicateRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("webhookDuplicateRate must be between 0 and 1, got " + rate);
        }
        webhookDuplicateRate = rate;
    }

    /**
     * Draws whether one webhook event is delivered a second time.
     *
     * @return true to deliver it twice
     */
    public boolean drawWebhookDuplicate() {
        double rate = webhookDuplicateRate;
        return rate > 0 && (rate >= 1 || roll() < rate);
    }

    /**
     * Adds the {@code GET|POST /faults} routes.
     *
     * @param routes the route table
     */
    public void registerRoutes(Routes routes) {
        FaultsEndpoint endpoint = new FaultsEndpoint(this);
        routes.get("/faults", ErrorStyle.INTERNAL, endpoint::read);
        routes.post("/faults", ErrorStyle.INTERNAL, endpoint::update);
    }

    /**
     * Sleeps for the configured latency, then draws whether this request fails.
     *
     * @param style how the route shapes its errors
     * @param logId the request's log id
     * @return the fault response, or empty to handle the request normally
     */
    public Optional<EmulatorResponse> inject(ErrorStyle style, String logId) {
        FaultSettings current = settings.get();
        sleep(current.latency());
        if (current.dropRate() + current.serverErrorRate() + current.forced429Rate() <= 0) {
            return Optional.empty();
        }
        double roll = roll();
        if (roll < current.dropRate()) {
            return Optional.of(EmulatorResponse.dropped());
        }
        if (roll < current.dropRate() + current.serverErrorRate()) {
            return Optional.of(style.serverError(logId));
        }
        if (roll < current.dropRate() + current.serverErrorRate() + current.forced429Rate()) {
            return Optional.of(style.tooManyRequests(logId));
        }
        return Optional.empty();
    }

    private double roll() {
        synchronized (random) {
            return random.nextDouble();
        }
    }

    private static void sleep(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
