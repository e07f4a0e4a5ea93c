package io.battlesim.app.live.replay;

import io.battlesim.app.battle.Admission;
import io.battlesim.engine.event.BattleEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits a recording's events with their original spacing divided by the speed (infinite speed: no waiting), in
 * batches of the events that are due together, waiting for each batch to be logged before the next.
 */
final class ReplayRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ReplayRun.class);
    private static final int MAX_BATCH = 500;

    private final String battleId;
    private final List<ReplayFile.Recorded> events;
    private final double speed;
    private final BiFunction<String, List<BattleEvent>, List<CompletableFuture<Admission>>> sink;
    private final Clock clock;
    private final AtomicInteger submitted = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile boolean done;

    ReplayRun(
            String battleId,
            List<ReplayFile.Recorded> events,
            double speed,
            BiFunction<String, List<BattleEvent>, List<CompletableFuture<Admission>>> sink,
            Clock clock) {
        this.battleId = battleId;
        this.events = events;
        this.speed = speed;
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            replay();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Replay into battle {} stopped after {} events", battleId, submitted.get(), e);
        } finally {
            done = true;
        }
    }

    void cancel() {
        cancelled = true;
    }

    int submitted() {
        return submitted.get();
    }

    int total() {
        return events.size();
    }

    boolean done() {
        return done;
    }

    /** How long the replay takes at its speed, in milliseconds. */
    long plannedMillis() {
        return events.isEmpty() ? 0 : offset(events.getLast().createTime());
    }

    private void replay() throws InterruptedException {
        long start = clock.millis();
        int next = 0;
        while (next < events.size() && !cancelled) {
            long due = start + offset(events.get(next).createTime());
            long wait = due - clock.millis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            long now = clock.millis();
            List<BattleEvent> batch = new ArrayList<>();
            while (next < events.size()
                    && batch.size() < MAX_BATCH
                    && start + offset(events.get(next).createTime()) <= now) {
                batch.add(Restamp.at(events.get(next++).event(), now));
            }
            CompletableFuture.allOf(sink.apply(battleId, batch).toArray(CompletableFuture[]::new))
                    .join();
            submitted.addAndGet(batch.size());
        }
        log.info(
                "Replay into battle {}: {} of {} events submitted{}",
                battleId,
                submitted.get(),
                events.size(),
                cancelled ? " (stopped)" : "");
    }

    /** Milliseconds after the replay's start at which a recorded time is due (never before an earlier line). */
    private long offset(long createTime) {
        long first = events.getFirst().createTime();
        if (Double.isInfinite(speed) || createTime <= first) {
            return 0;
        }
        return (long) ((createTime - first) / speed);
    }
}
