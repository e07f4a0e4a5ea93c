package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleRow;
import io.battlesim.app.battle.persistence.FencedOutException;
import io.battlesim.app.battle.persistence.LoggedEvent;
import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.BattleStatistics;
import io.battlesim.engine.Phase;
import io.battlesim.engine.event.BattleCommand;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.Resume;
import io.battlesim.engine.event.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One LIVE battle and its single writer (a virtual thread). Submissions queue up; the writer takes up to {@code
 * maxBatchSize} at a time, applies them to the engine in order, appends every one that must be replayed (all but
 * duplicates, and ticks and resumes that changed nothing) to the event log in one transaction, and only then
 * publishes updates and completes their futures. If the append fails, the batch fails and the engine is rebuilt
 * from the log, so the in-memory battle never holds anything the log does not. The engine is touched by the writer
 * only.
 */
final class RunningBattle {

    private static final Logger log = LoggerFactory.getLogger(RunningBattle.class);
    private static final Submission STOP = new Submission(new Tick(Long.MIN_VALUE), null);
    private static final ApplyResult LATE = new ApplyResult.Late();

    private final String id;
    private final BattleConfig config;
    private final Set<String> roomIds;
    private final BattleRuntime runtime;
    private final Consumer<RunningBattle> onClosed;
    private final LinkedBlockingQueue<Submission> queue;
    private final AtomicBoolean tickPending = new AtomicBoolean();
    private final CompletableFuture<BattleSnapshot> finished = new CompletableFuture<>();
    private final BattlePublisher publisher;
    private final int maxBatch;
    private final List<Submission> batch = new ArrayList<>();
    private final List<LoggedEvent> toLog = new ArrayList<>();
    private final List<@Nullable ApplyResult> results = new ArrayList<>();
    private final GiftLines giftLines;
    private final CommitWindow commits;
    private final Thread writer;
    private final long fence;

    private volatile BattleRow row;
    private volatile BattleSnapshot latest;
    private volatile boolean closed;
    private volatile boolean endedNormally;
    private volatile boolean stopping;
    private volatile boolean fencedOut;
    private volatile boolean evicted;

    // confined to the writer thread
    private Battle battle;
    private long lastSeq;
    private long lastVersion;
    private long ignoredTimerCommands;
    private boolean needsRebuild;

    RunningBattle(
            BattleRow row,
            BattleConfig config,
            Battle battle,
            long lastSeq,
            CommitWindow commits,
            BattleRuntime runtime,
            long fence,
            Consumer<RunningBattle> onClosed) {
        this.id = row.id();
        this.fence = fence;
        this.row = row;
        this.config = config;
        this.roomIds = BattleConfigs.roomIds(row.setup());
        this.battle = battle;
        this.lastSeq = lastSeq;
        this.commits = commits;
        this.runtime = runtime;
        this.onClosed = onClosed;
        this.queue = new LinkedBlockingQueue<>(runtime.settings().queueCapacity());
        this.publisher = new BattlePublisher(
                id,
                runtime.updates(),
                new UpdateSequence(
                        row.lastSequence(), upTo -> runtime.repository().reserveSequences(id, upTo)),
                runtime.settings().scoreboardInterval().toNanos());
        this.maxBatch = runtime.settings().maxBatchSize();
        this.giftLines = new GiftLines(row.setup());
        this.latest = battle.snapshot();
        this.lastVersion = battle.version();
        this.writer = Thread.ofVirtual().name("battle-" + id).unstarted(this::run);
    }

    void start() {
        writer.start();
    }

    String id() {
        return id;
    }

    /** The fencing token of this node's lease on the battle ({@link BattleLeases#NO_FENCE} on a single node). */
    long fence() {
        return fence;
    }

    BattleRow row() {
        return row;
    }

    BattleConfig config() {
        return config;
    }

    /** Whether the room is one of the battle's rooms. */
    boolean hasRoom(String roomId) {
        return roomIds.contains(roomId);
    }

    /** The state after the last processed batch. */
    BattleSnapshot snapshot() {
        return latest;
    }

    boolean closed() {
        return closed;
    }

    /** The gifts committed lately, for the win-probability model (a copy; any thread). */
    CommitWindow.Window recentCommits(long startedAt) {
        return commits.copy(startedAt);
    }

    /** The gifts committed after the first {@code seen} (a running count; any thread). */
    CommitWindow.Since commitsSince(long seen) {
        return commits.since(seen);
    }

    /** Completes with the final snapshot once the battle ended and its result was handled. */
    CompletableFuture<BattleSnapshot> finished() {
        return finished;
    }

    CompletableFuture<ApplyResult> enqueue(BattleEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        var future = new CompletableFuture<ApplyResult>();
        if (closed) {
            answerClosed(new Submission(event, future));
            return future;
        }
        try {
            queue.put(new Submission(event, future));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.completeExceptionally(new BattleUnavailableException("interrupted while queueing", e));
            return future;
        }
        if (closed) {
            drainClosed();
        }
        return future;
    }

    /** Queues a timer tick unless one is still waiting. */
    void tick(long now) {
        if (!closed && tickPending.compareAndSet(false, true) && !queue.offer(new Submission(new Tick(now), null))) {
            tickPending.set(false);
        }
    }

    void detachOwner(long userId) {
        BattleRow current = row;
        Long owner = current.setup().ownerUserId();
        if (owner != null && owner == userId) {
            BattleSetup setup = current.setup();
            row = new BattleRow(
                    current.id(),
                    current.status(),
                    setup.withOwner(null),
                    current.overlayToken(),
                    current.ingestKeyHash(),
                    current.createdAt(),
                    current.startedAt(),
                    current.endedAt(),
                    current.lastSequence());
        }
    }

    /** Stops the writer because another node holds the battle now (see {@link #movedAway()}). */
    void evict() {
        evicted = true;
        stop();
    }

    /** Whether the writer stopped because another node took the battle over. */
    boolean movedAway() {
        return evicted || fencedOut;
    }

    /** Asks the writer to stop after the batch in hand (application shutdown); queued events fail. */
    void stop() {
        stopping = true;
        queue.offer(STOP);
    }

    boolean awaitStopped(Duration timeout) throws InterruptedException {
        return writer.join(timeout);
    }

    private void run() {
        try {
            while (!stopping) {
                Submission first = next();
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, maxBatch - 1);
                    process();
                    batch.clear();
                }
                if (fencedOut) {
                    return; // the engine holds events the log refused: nothing of it may be published or saved
                }
                publisher.scoreboard(latest, false);
                if (battle.phase() == Phase.ENDED) {
                    end();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            log.error("The writer of battle {} stopped unexpectedly", id, e);
        } finally {
            close();
        }
    }

    private @Nullable Submission next() throws InterruptedException {
        long wait = publisher.nanosUntilDue();
        if (wait < 0) {
            return queue.take();
        }
        return wait == 0 ? queue.poll() : queue.poll(wait, TimeUnit.NANOSECONDS);
    }

    private void process() {
        if (needsRebuild && !rebuild()) {
            failBatch(new BattleUnavailableException("the battle could not be rebuilt from its log", null));
            return;
        }
        boolean faulty = applyBatch();
        if (!appendBatch()) {
            return;
        }
        if (faulty) {
            needsRebuild = true;
            rebuild();
        }
        refreshSnapshot();
        boolean phaseChanged = answerBatch();
        publisher.scoreboard(latest, phaseChanged);
    }

    /** Applies the batch to the engine and collects what must be logged; true when the engine threw. */
    private boolean applyBatch() {
        toLog.clear();
        results.clear();
        giftLines.clear();
        Instant recordedAt = runtime.clock().instant();
        boolean faulty = false;
        for (Submission submission : batch) {
            if (submission == STOP) {
                stopping = true;
                results.add(null);
                continue;
            }
            BattleEvent event = submission.event();
            if (event instanceof Tick) {
                tickPending.set(false);
            }
            ApplyResult result;
            try {
                result = battle.apply(event);
            } catch (RuntimeException e) {
                log.error("Battle {} failed to apply {}", id, event.getClass().getSimpleName(), e);
                faulty = true;
                results.add(null);
                continue;
            }
            results.add(result);
            giftLines.add(result);
            if (isTimerCommand(event) && result instanceof ApplyResult.Ignored) {
                ignoredTimerCommands++;
            }
            if (mustBeLogged(event, result)) {
                toLog.add(new LoggedEvent(lastSeq + toLog.size() + 1, event, recordedAt));
            }
        }
        return faulty;
    }

    /** Duplicates change nothing and claim nothing; ticks and resumes with nothing due change nothing either. */
    private static boolean mustBeLogged(BattleEvent event, ApplyResult result) {
        if (result instanceof ApplyResult.Duplicate) {
            return false;
        }
        return !(isTimerCommand(event) && result instanceof ApplyResult.Ignored);
    }

    private static boolean isTimerCommand(BattleEvent event) {
        return event instanceof Tick || event instanceof Resume;
    }

    private boolean appendBatch() {
        if (toLog.isEmpty()) {
            return true;
        }
        long started = System.nanoTime();
        try {
            runtime.log()
                    .appendBatch(id, toLog, giftLines.tally(id, toLog.getLast().recordedAt()), fence);
        } catch (FencedOutException e) {
            // another node took the battle over: it rebuilds from the log, this node must stop writing at once
            log.warn(
                    "Battle {} moved to another node; this node stops its writer ({} events refused)",
                    id,
                    toLog.size());
            failBatch(new BattleUnavailableException("another node runs this battle now: retry", e));
            fencedOut = true;
            stopping = true;
            return false;
        } catch (RuntimeException e) {
            log.error("Appending {} events to the log of battle {} failed; the batch is refused", toLog.size(), id, e);
            failBatch(new BattleUnavailableException("the event log is unavailable", e));
            needsRebuild = true;
            rebuild();
            return false;
        }
        runtime.metrics().appended(toLog.size(), System.nanoTime() - started);
        lastSeq += toLog.size();
        return true;
    }

    /**
     * Publishes gift alerts, counts the outcomes, then completes the futures; true when the phase changed. Whoever
     * holds an answer finds its alert in the battle's updates and its outcome in the metrics.
     */
    private boolean answerBatch() {
        long accepted = 0;
        long ignored = 0;
        long duplicates = 0;
        long late = 0;
        long rejected = 0;
        boolean phaseChanged = false;
        for (int i = 0; i < batch.size(); i++) {
            Submission submission = batch.get(i);
            ApplyResult result = results.get(i);
            if (submission == STOP || result == null) {
                continue;
            }
            if (result instanceof ApplyResult.Applied applied) {
                phaseChanged |= publisher.alerts(applied.changes());
                commits.addAll(applied.changes());
            }
            if (submission.event() instanceof BattleCommand) {
                continue;
            }
            switch (result) {
                case ApplyResult.Applied a -> accepted++;
                case ApplyResult.Ignored n -> ignored++;
                case ApplyResult.Duplicate d -> duplicates++;
                case ApplyResult.Late l -> late++;
                case ApplyResult.Rejected r -> rejected++;
            }
        }
        runtime.metrics().counted(accepted, ignored, duplicates, late, rejected);
        for (int i = 0; i < batch.size(); i++) {
            Submission submission = batch.get(i);
            ApplyResult result = results.get(i);
            if (submission == STOP) {
                continue;
            }
            if (result == null) {
                submission.fail(new IllegalStateException("the battle engine failed on this event"));
            } else {
                submission.complete(result);
            }
        }
        return phaseChanged;
    }

    private void refreshSnapshot() {
        if (battle.version() != lastVersion) {
            lastVersion = battle.version();
            latest = battle.snapshot();
            publisher.scoreboardChanged();
        }
    }

    private boolean rebuild() {
        try {
            Battle fresh = new Battle(config);
            long[] seq = {0};
            commits.clear();
            runtime.log().readAll(id, entry -> {
                if (fresh.apply(entry.event()) instanceof ApplyResult.Applied applied) {
                    commits.addAll(applied.changes());
                }
                seq[0] = entry.seq();
            });
            battle = fresh;
            ignoredTimerCommands = 0;
            lastSeq = seq[0];
            needsRebuild = false;
            lastVersion = -1;
            refreshSnapshot();
            log.info("Battle {} rebuilt from its log ({} events)", id, lastSeq);
            return true;
        } catch (RuntimeException e) {
            log.error("Battle {} could not be rebuilt from its log", id, e);
            return false;
        }
    }

    private void failBatch(RuntimeException failure) {
        for (Submission submission : batch) {
            if (submission == STOP) {
                stopping = true;
            } else {
                if (submission.event() instanceof Tick) {
                    tickPending.set(false);
                }
                submission.fail(failure);
            }
        }
    }

    /** The battle ended: final updates, result saved, BattleFinished, then the writer closes. */
    private void end() {
        refreshSnapshot();
        BattleSnapshot last = latest;
        publisher.ended(last);
        endedNormally = runtime.finisher().finish(row, statistics());
        closed = true;
        drainClosed();
        finished.complete(last);
    }

    /**
     * The engine's statistics without the ticks and resumes that changed nothing: they are not logged, so a battle
     * rebuilt from its log would not count them either.
     */
    private BattleStatistics statistics() {
        BattleStatistics raw = battle.statistics();
        return new BattleStatistics(
                raw.snapshot(),
                raw.giftersBySide(),
                raw.duplicates(),
                Math.max(0, raw.ignored() - ignoredTimerCommands),
                raw.lateEvents(),
                raw.rejected(),
                raw.inferredCommits());
    }

    private void close() {
        closed = true;
        if (!movedAway() && fence != BattleLeases.NO_FENCE) {
            try {
                runtime.leases().release(id, fence);
            } catch (RuntimeException e) {
                log.warn("Could not release the lease of battle {}: {}", id, e.toString());
            }
        }
        drainClosed();
        if (!finished.isDone()) {
            finished.completeExceptionally(new BattleUnavailableException("the battle's writer stopped", null));
        }
        onClosed.accept(this);
    }

    private void drainClosed() {
        Submission submission;
        while ((submission = queue.poll()) != null) {
            if (submission != STOP) {
                answerClosed(submission);
            }
        }
    }

    /** After the end, events are late (not logged: the result is saved); after a stop, they fail. */
    private void answerClosed(Submission submission) {
        if (endedNormally) {
            submission.complete(LATE);
        } else {
            submission.fail(new BattleUnavailableException("the battle is not running in this process", null));
        }
    }
}
