package io.battlesim.app.leaderboard;

import io.battlesim.app.leaderboard.totals.BoardTotals;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Adds what battles committed to the boards every {@code app.leaderboard.refresh-interval}, off the battles'
 * writers (their transaction only stores the tally), then tells the live overlays which boards changed. Under heavy
 * load a round rests nine times as long as it took, so the boards take at most a tenth of this thread's time and the
 * battles keep the database (see {@link RoundPacing}): at 75,000 gifts a second from 2,000 gifters the boards then lag
 * some 30 seconds behind, at a busy battle's few hundred a second about one. Rounds run one after the other on their
 * own thread: a scheduler on virtual threads would start the next round while a long one still runs. A failed round
 * leaves the tallies where they were; the next round takes them again.
 */
@Component
class TallyProjector implements SmartLifecycle {

    /** A round is followed by at least nine times its duration of rest. */
    private static final int IDLE_PER_BUSY = 9;

    private static final Logger log = LoggerFactory.getLogger(TallyProjector.class);

    private final BoardTotals totals;
    private final ApplicationEventPublisher events;
    private final RoundPacing pacing;
    private Thread thread;
    private CountDownLatch stopping;

    TallyProjector(BoardTotals totals, ApplicationEventPublisher events, LeaderboardSettings settings) {
        this.totals = totals;
        this.events = events;
        this.pacing = new RoundPacing(settings.refreshInterval(), IDLE_PER_BUSY);
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            CountDownLatch stop = new CountDownLatch(1);
            stopping = stop;
            thread = Thread.ofPlatform().name("leaderboard-projector").daemon().start(() -> run(stop));
        }
    }

    /** Lets a running round finish (never interrupts it: an interrupt closes H2's file), then ends the thread. */
    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        stopping.countDown();
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void run(CountDownLatch stop) {
        Duration rest = pacing.interval();
        try {
            while (!stop.await(rest.toNanos(), TimeUnit.NANOSECONDS)) {
                long started = System.nanoTime();
                project();
                rest = pacing.restAfter(Duration.ofNanos(System.nanoTime() - started));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void project() {
        try {
            BoardTotals.Changed changed = totals.drainAll();
            if (!changed.isEmpty()) {
                events.publishEvent(new LeaderboardsChanged(changed.battles(), changed.creators()));
            }
        } catch (RuntimeException e) {
            log.warn("Adding battle tallies to the leaderboards failed; trying again next round", e);
        }
    }
}
