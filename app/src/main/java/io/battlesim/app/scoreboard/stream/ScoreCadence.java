package io.battlesim.app.scoreboard.stream;

import io.battlesim.app.scoreboard.view.ScoreView;
import io.battlesim.app.scoreboard.view.ScoreboardView;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Decides, per scoreboard update of one battle, whether clients get the whole scoreboard or only a score event.
 * Scores go out with every update (up to 20 a second); the whole scoreboard (top gifters, snipes, timer) at most
 * once per interval, and at once whenever more than the scores changed (phase, boosters, end time). When only
 * scores went out, a trailing whole scoreboard follows once the interval is over, so a battle that goes quiet
 * still shows its final top gifters. Called from one battle's processing only.
 */
final class ScoreCadence {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final WakeThrottle.Scheduler scheduler;
    private final AtomicBoolean trailingScheduled = new AtomicBoolean();
    private @Nullable ScoreboardView lastWhole;
    private long lastWholeNanos;

    /**
     * @param intervalNanos the shortest time between two whole scoreboards; zero: every update is whole
     * @param scheduler runs the trailing whole scoreboard later
     */
    ScoreCadence(long intervalNanos, LongSupplier nanoTime, WakeThrottle.Scheduler scheduler) {
        this.intervalNanos = Math.max(0, intervalNanos);
        this.nanoTime = nanoTime;
        this.scheduler = scheduler;
    }

    /** Every update is a whole scoreboard. */
    static ScoreCadence wholeEveryTime() {
        return new ScoreCadence(0, System::nanoTime, (task, delay) -> task.run());
    }

    /**
     * Whether {@code next} goes out whole. When it does not, {@code trailing} is scheduled (once) for the end of the
     * interval; it should send the latest state whole by way of {@link #sentWhole}.
     */
    boolean whole(ScoreboardView next, Runnable trailing) {
        long now = nanoTime.getAsLong();
        long since = now - lastWholeNanos;
        ScoreboardView shown = lastWhole;
        if (shown == null || since >= intervalNanos || !ScoreView.onlyScoresMoved(shown, next)) {
            sentWhole(next, now);
            return true;
        }
        if (trailingScheduled.compareAndSet(false, true)) {
            scheduler.schedule(
                    () -> {
                        trailingScheduled.set(false);
                        trailing.run();
                    },
                    intervalNanos - since);
        }
        return false;
    }

    /** Whether {@code latest} is newer than the last whole scoreboard sent (the trailing one is still owed). */
    boolean owes(ScoreboardView latest) {
        ScoreboardView shown = lastWhole;
        return shown != null && latest.version() > shown.version();
    }

    /** Records a whole scoreboard sent outside {@link #whole} (the trailing one). */
    void sentWhole(ScoreboardView view) {
        sentWhole(view, nanoTime.getAsLong());
    }

    private void sentWhole(ScoreboardView view, long now) {
        lastWhole = view;
        lastWholeNanos = now;
    }
}
