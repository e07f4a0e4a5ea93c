package io.battlesim.app.scoreboard.stream;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Wakes one battle's clients at most once per interval, and new scores at most once more per interval (see
 * {@link #requestForScores}). Every wake-up makes each client drain all frames that are new to it with a single
 * flush, so a busy battle costs a client (and the fan-out pool) a bounded number of writes a second instead of one
 * per gift, while a gift after a quiet spell still goes out at once.
 */
final class WakeThrottle {

    /** Runs a task after a delay (the heartbeat timer in production, a manual clock in tests). */
    @FunctionalInterface
    interface Scheduler {
        void schedule(Runnable task, long delayNanos);
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Scheduler scheduler;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastWakeNanos;
    private volatile long lastScoresWakeNanos;

    WakeThrottle(long intervalNanos, LongSupplier nanoTime, Scheduler scheduler) {
        this.intervalNanos = Math.max(0, intervalNanos);
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime must not be null");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
        // as if the last wake-up were an interval ago: the first request wakes at once
        this.lastWakeNanos = nanoTime.getAsLong() - this.intervalNanos;
        this.lastScoresWakeNanos = lastWakeNanos;
    }

    /** No throttling: every request wakes at once. */
    static WakeThrottle none() {
        return new WakeThrottle(0, System::nanoTime, (task, delay) -> task.run());
    }

    /**
     * Asks for a wake-up: at once when the last one is at least an interval ago or {@code urgent} (a battle's end),
     * otherwise once, when the interval is over. Requests while one is scheduled join it.
     */
    void request(Runnable wake, boolean urgent) {
        long now = nanoTime.getAsLong();
        long wait = intervalNanos - (now - lastWakeNanos);
        if (urgent || wait <= 0) {
            wakeNow(wake, now);
        } else if (scheduled.compareAndSet(false, true)) {
            scheduler.schedule(
                    () -> {
                        // cleared before waking: a frame appended meanwhile either is seen by this wake-up or
                        // schedules the next one
                        scheduled.set(false);
                        wakeNow(wake, nanoTime.getAsLong());
                    },
                    wait);
        }
    }

    /**
     * Asks for a wake-up for new scores: at once unless scores already woke the clients within the interval,
     * whatever gifts did meanwhile, otherwise as {@link #request}. The battle sends scores at most every 50 ms, so
     * they go out as they come instead of waiting behind a wake-up that a gift just took; a battle's clients wake
     * at most twice per interval.
     */
    void requestForScores(Runnable wake) {
        long now = nanoTime.getAsLong();
        if (now - lastScoresWakeNanos >= intervalNanos) {
            lastScoresWakeNanos = now;
            wakeNow(wake, now);
        } else {
            request(wake, false);
        }
    }

    private void wakeNow(Runnable wake, long now) {
        lastWakeNanos = now;
        wake.run();
    }
}
