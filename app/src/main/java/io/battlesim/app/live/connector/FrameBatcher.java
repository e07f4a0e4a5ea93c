package io.battlesim.app.live.connector;

import io.battlesim.app.battle.Admission;
import io.battlesim.engine.event.BattleEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Collects one connection's frames into small {@code submitAll} batches (up to {@value #MAX_BATCH} events, or what
 * arrived within {@value #LINGER_MILLIS} ms) and reports, strictly in stream order, the last sequence number of each
 * batch once every event of it and of all earlier batches is acknowledged. Frames that carry no event (chat,
 * status) are acknowledged in turn. After a failed submission nothing more is acknowledged: the connection is
 * dropped and resumes from the last acknowledged sequence number.
 */
final class FrameBatcher {

    static final int MAX_BATCH = 100;
    static final long LINGER_MILLIS = 5;

    private final String battleId;
    private final EventSink sink;
    private final ScheduledExecutorService scheduler;
    private final LongConsumer acknowledged;
    private final Consumer<Throwable> failed;
    private final Consumer<Admission> admitted;
    private final List<BattleEvent> events = new ArrayList<>();
    private long lastSeq = -1;
    private boolean flushScheduled;
    private boolean broken;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    FrameBatcher(
            String battleId,
            EventSink sink,
            ScheduledExecutorService scheduler,
            LongConsumer acknowledged,
            Consumer<Throwable> failed,
            Consumer<Admission> admitted) {
        this.battleId = battleId;
        this.sink = sink;
        this.scheduler = scheduler;
        this.acknowledged = acknowledged;
        this.failed = failed;
        this.admitted = admitted;
    }

    /** Adds a frame: its sequence number ({@code -1} for none) and its event, or null when it carries none. */
    synchronized void add(long seq, @Nullable BattleEvent event) {
        if (broken) {
            return;
        }
        if (event != null) {
            events.add(event);
        }
        lastSeq = Math.max(lastSeq, seq);
        if (events.size() >= MAX_BATCH) {
            flush();
        } else if (!flushScheduled) {
            flushScheduled = true;
            scheduler.schedule(this::flush, LINGER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Submits what was collected; the acknowledgement follows when the battle has logged it. */
    synchronized void flush() {
        flushScheduled = false;
        if (broken || (events.isEmpty() && lastSeq < 0)) {
            return;
        }
        List<BattleEvent> batch = List.copyOf(events);
        long seq = lastSeq;
        events.clear();
        lastSeq = -1;
        CompletableFuture<Void> done = submit(batch);
        done.whenComplete((ignored, error) -> {
            if (error != null) {
                fail(error);
            }
        });
        tail = tail.thenCombine(done, (a, b) -> (Void) null).thenRun(() -> {
            if (seq >= 0) {
                acknowledged.accept(seq);
            }
        });
    }

    /** Drops what was collected and acknowledges nothing more (the connection is going away). */
    synchronized void abandon() {
        broken = true;
        events.clear();
    }

    private CompletableFuture<Void> submit(List<BattleEvent> batch) {
        if (batch.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            List<CompletableFuture<Admission>> admissions = sink.submitAll(battleId, batch);
            admissions.forEach(admission -> admission.thenAccept(admitted));
            return CompletableFuture.allOf(admissions.toArray(CompletableFuture[]::new));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void fail(Throwable error) {
        boolean first;
        synchronized (this) {
            first = !broken;
            broken = true;
            events.clear();
        }
        if (first) {
            failed.accept(error);
        }
    }
}
