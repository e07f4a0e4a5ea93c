package io.battlesim.app.insights;

import io.battlesim.app.auth.TikTokConnected;
import io.battlesim.app.insights.store.SnapshotRuns;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes the snapshots that are due, one creator after another on a thread of its own (a slow TikTok never piles up
 * rounds), and schedules a creator's first snapshot as soon as they connect.
 */
@Component
class SnapshotScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SnapshotScheduler.class);
    private static final int BATCH = 100;

    private final SnapshotTaker taker;
    private final SnapshotRuns runs;
    private final InsightSettings settings;
    private final Clock clock;
    private @Nullable ScheduledExecutorService executor;

    SnapshotScheduler(SnapshotTaker taker, SnapshotRuns runs, InsightSettings settings, ObjectProvider<Clock> clock) {
        this.taker = taker;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @EventListener
    void on(TikTokConnected connected) {
        taker.scheduleNow(connected.userId());
    }

    /**
     * Takes every snapshot due now that no other node is taking; returns how many creators this node went through.
     * Every node runs the rounds: a creator's snapshot is claimed in the database first (see {@link SnapshotTaker}).
     */
    int takeDue() {
        int done = 0;
        for (long userId : runs.due(clock.instant(), BATCH)) {
            if (taker.takeIfDue(userId) != SnapshotTaker.Outcome.BUSY) {
                done++;
            }
        }
        return done;
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("insights-snapshots").daemon(true).factory());
        long tick = Math.max(1, settings.tick().toMillis());
        executor.scheduleWithFixedDelay(this::round, tick, tick, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            takeDue();
        } catch (RuntimeException e) {
            log.warn("Insights snapshot round failed; the next round tries again: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                // never interrupted: an interrupt closes H2's file under the other modules
                executor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
