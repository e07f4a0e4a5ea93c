package io.battlesim.app.scoreboard.stream;

import io.battlesim.app.battle.BattleUpdate;
import io.battlesim.app.battle.BattleUpdates;
import io.battlesim.app.scoreboard.view.GiftView;
import io.battlesim.app.scoreboard.view.ScoreboardView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans one battle's updates out to every connected client. It follows the battle once (replaying everything
 * still buffered, so a resuming client finds what it missed in the {@link FrameLog}), hands each update off the
 * battle's thread at once, serialises it once on the fan-out pool and wakes the clients (at most once per flush
 * interval, see {@link WakeThrottle}), which drain everything new asynchronously. A scoreboard update goes out
 * whole or as a score event, as the {@link ScoreCadence} decides.
 */
final class BattleBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(BattleBroadcaster.class);
    static final int RECENT_GIFTS = 12;
    /** Clients one fan-out task wakes: few tasks per wake-up, yet every fan-out thread gets a share. */
    static final int WAKE_SLICE = 128;

    /**
     * The latest frame of a kind, for clients that start after it.
     *
     * @param frame the frame
     * @param position where it is in the log, -1 for a seed
     * @param basis the last update sequence it reflects ({@link Long#MAX_VALUE} for a seed: always newer)
     */
    private record Latest(SseFrame frame, long position, long basis) {}

    /** The clients as an array, as of {@code version} changes: a wake-up walks it in slices. */
    private record Roster(int version, SseClient[] clients) {}

    private final String battleId;
    private final long durationMillis;
    private final UpdateEncoder encoder;
    private final Executor fanOut;
    private final int maxLag;
    private final long retryMillis;
    private final Pacing pacing;
    private final FrameLog frames;
    private final Queue<BattleUpdate> mailbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean processing = new AtomicBoolean();
    private final AtomicBoolean wholeOwed = new AtomicBoolean();
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger clientChanges = new AtomicInteger();
    private volatile @Nullable Roster roster;
    private final Object join = new Object();
    private final Deque<GiftView> recentGifts = new ArrayDeque<>();
    private @Nullable Latest scoreboard;
    private @Nullable Latest score;
    private @Nullable Latest ended;
    private @Nullable ScoreboardView view;
    private long lastSequence;
    private volatile long idleSince;
    private volatile boolean closed;
    private BattleUpdates.@Nullable Subscription subscription;

    BattleBroadcaster(
            String battleId,
            long durationMillis,
            UpdateEncoder encoder,
            Executor fanOut,
            int maxLag,
            long retryMillis,
            Pacing pacing,
            long now) {
        this.battleId = battleId;
        this.durationMillis = durationMillis;
        this.encoder = encoder;
        this.fanOut = fanOut;
        this.maxLag = maxLag;
        this.retryMillis = retryMillis;
        this.pacing = pacing;
        this.frames = new FrameLog(Math.max(1024, maxLag * 2));
        this.idleSince = now;
    }

    /** Shows {@code seed} until the first real update (a battle whose updates are no longer buffered). */
    void seed(UpdateEncoder.Encoded state, UpdateEncoder.@Nullable Encoded end) {
        synchronized (join) {
            if (scoreboard == null) {
                scoreboard = new Latest(state.frame(), -1, Long.MAX_VALUE);
                view = state.scoreboard();
            }
            if (ended == null && end != null) {
                ended = new Latest(end.frame(), -1, Long.MAX_VALUE);
                view = end.scoreboard();
            }
        }
    }

    /**
     * Starts following the battle. The buffered updates it replays are published on this thread before it
     * returns, so the first page load already shows them.
     */
    void follow(BattleUpdates updates) {
        processing.set(true);
        subscription = updates.subscribe(battleId, 0, this::offer);
        process();
    }

    /** Called on the battle's thread: never blocks, never serialises. */
    void offer(BattleUpdate update) {
        mailbox.add(update);
        processSoon();
    }

    /**
     * Connects a client.
     *
     * @param lastEventId the last sequence the client saw, or null for a fresh client
     */
    SseClient connect(SseSink sink, @Nullable Long lastEventId, Runnable onClosed) {
        synchronized (join) {
            long start = lastEventId == null ? frames.head() : frames.positionAfter(lastEventId);
            List<SseFrame> preface = new ArrayList<>();
            preface.add(SseFrame.retry(retryMillis));
            addIfMissed(preface, scoreboard, start, lastEventId);
            if (score != null && (scoreboard == null || score.position() > scoreboard.position())) {
                addIfMissed(preface, score, start, lastEventId);
            }
            addIfMissed(preface, ended, start, lastEventId);
            SseClient client = new SseClient(frames, sink, fanOut, maxLag, start, preface, gone -> {
                clients.remove(gone);
                clientChanges.incrementAndGet();
                if (clients.isEmpty()) {
                    idleSince = System.currentTimeMillis();
                }
                onClosed.run();
            });
            clients.add(client);
            clientChanges.incrementAndGet();
            return client;
        }
    }

    /**
     * Sends a latest-only frame without an id to every client: a heartbeat, or the odds. A client that has not
     * written the previous one yet gets only this one.
     */
    void heartbeat(SseFrame frame) {
        for (SseClient client : clients) {
            client.heartbeat(frame);
        }
    }

    /** Stops following the battle and ends every stream (clients reconnect and find a new broadcaster). */
    void close() {
        closed = true;
        BattleUpdates.Subscription current = subscription;
        if (current != null) {
            current.close();
        }
        clients.forEach(SseClient::disconnect);
    }

    /** The state a page renders before it connects, or null before anything is known. */
    BattleBroadcasters.@Nullable StreamState state() {
        synchronized (join) {
            ScoreboardView current = view;
            if (current == null) {
                return null;
            }
            List<GiftView> gifts = new ArrayList<>(recentGifts);
            return new BattleBroadcasters.StreamState(current, List.copyOf(gifts.reversed()), lastSequence);
        }
    }

    String battleId() {
        return battleId;
    }

    int clientCount() {
        return clients.size();
    }

    /** Since when no client has been connected (meaningful only while {@link #clientCount()} is 0). */
    long idleSince() {
        return idleSince;
    }

    boolean closed() {
        return closed;
    }

    /** Called when the cadence's interval is over after score events: the whole scoreboard is owed. */
    private void oweWhole() {
        wholeOwed.set(true);
        processSoon();
    }

    /** Runs {@link #process} on the fan-out pool unless it is running (it then picks up what is new). */
    private void processSoon() {
        if (processing.compareAndSet(false, true)) {
            fanOut.execute(this::process);
        }
    }

    private void process() {
        try {
            BattleUpdate update;
            boolean appended = false;
            boolean scores = false;
            boolean ended = false;
            while ((update = mailbox.poll()) != null) {
                appended |= append(update);
                scores |= update instanceof BattleUpdate.ScoreboardChanged;
                ended |= update instanceof BattleUpdate.BattleEnded;
            }
            if (wholeOwed.getAndSet(false)) {
                appended |= appendOwedWhole();
            }
            if (ended) {
                pacing.wakeups().request(this::wakeClients, true);
            } else if (scores) {
                pacing.wakeups().requestForScores(this::wakeClients);
            } else if (appended) {
                pacing.wakeups().request(this::wakeClients, false);
            }
        } catch (RuntimeException e) {
            log.warn("Could not publish an update of battle {}", battleId, e);
        } finally {
            processing.set(false);
            if (!mailbox.isEmpty() || wholeOwed.get()) {
                processSoon();
            }
        }
    }

    /** Wakes every client, a slice per fan-out task, each client drained on the task's thread. */
    private void wakeClients() {
        SseClient[] all = roster();
        for (int from = 0; from < all.length; from += WAKE_SLICE) {
            int start = from;
            int end = Math.min(all.length, from + WAKE_SLICE);
            fanOut.execute(() -> {
                for (int i = start; i < end; i++) {
                    all[i].wake();
                }
            });
        }
    }

    private SseClient[] roster() {
        int version = clientChanges.get(); // read before the set: a client added meanwhile is in it or bumps it
        Roster current = roster;
        if (current == null || current.version() != version) {
            current = new Roster(version, clients.toArray(new SseClient[0]));
            roster = current;
        }
        return current.clients();
    }

    /** Appends the update's frame; false when it has none (a gift the feed leaves out). */
    private boolean append(BattleUpdate update) {
        return switch (update) {
            case BattleUpdate.GiftAlert alert -> appendGift(alert);
            case BattleUpdate.ScoreboardChanged changed -> {
                appendScoreboard(changed);
                yield true;
            }
            case BattleUpdate.BattleEnded end -> {
                appendEnd(end);
                yield true;
            }
        };
    }

    /** A gift the feed shows goes to every client (and to the page's recent gifts); the others only count. */
    private boolean appendGift(BattleUpdate.GiftAlert alert) {
        if (!pacing.feed().shows(alert.coins())) {
            synchronized (join) {
                lastSequence = Math.max(lastSequence, alert.sequence());
            }
            return false;
        }
        GiftView gift = encoder.giftView(alert);
        SseFrame frame = encoder.gift(gift);
        synchronized (join) {
            frames.append(frame);
            lastSequence = Math.max(lastSequence, alert.sequence());
            recentGifts.addLast(gift);
            if (recentGifts.size() > RECENT_GIFTS) {
                recentGifts.removeFirst();
            }
        }
        return true;
    }

    private void appendScoreboard(BattleUpdate.ScoreboardChanged changed) {
        ScoreboardView next = encoder.view(changed.snapshot(), durationMillis);
        boolean whole = pacing.cadence().whole(next, this::oweWhole);
        SseFrame frame = whole
                ? encoder.whole(changed.sequence(), SseFrame.SCOREBOARD, next)
                : encoder.score(changed.sequence(), next);
        synchronized (join) {
            long position = frames.head();
            frames.append(frame);
            lastSequence = Math.max(lastSequence, changed.sequence());
            Latest latest = new Latest(frame, position, changed.sequence());
            if (whole) {
                scoreboard = latest;
            } else {
                score = latest;
            }
            if (ended == null || ended.position() < 0) {
                view = next;
            }
        }
    }

    /**
     * The latest state, whole, after score events: without an id (its sequence went out with the score event
     * already), so a client resuming after that score event still gets it from {@link #connect}.
     */
    private boolean appendOwedWhole() {
        ScoreboardView latest;
        long basis;
        synchronized (join) {
            latest = view;
            basis = lastSequence;
            if (latest == null || ended != null || !pacing.cadence().owes(latest)) {
                return false;
            }
        }
        SseFrame frame = encoder.whole(0, SseFrame.SCOREBOARD, latest);
        pacing.cadence().sentWhole(latest);
        synchronized (join) {
            long position = frames.head();
            frames.append(frame);
            scoreboard = new Latest(frame, position, basis);
        }
        return true;
    }

    private void appendEnd(BattleUpdate.BattleEnded end) {
        ScoreboardView last = encoder.view(end.snapshot(), durationMillis);
        SseFrame frame = encoder.whole(end.sequence(), SseFrame.ENDED, last);
        synchronized (join) {
            long position = frames.head();
            frames.append(frame);
            lastSequence = Math.max(lastSequence, end.sequence());
            ended = new Latest(frame, position, end.sequence());
            view = last;
        }
    }

    /**
     * A latest frame the client would not get from the log: it lies before the client's start and is newer than
     * what the client saw. A frame without an id (a seed, an owed whole scoreboard) may have been missed even when
     * it reflects the very update the client saw last, so it counts as newer then too.
     */
    private static void addIfMissed(
            List<SseFrame> preface, @Nullable Latest latest, long start, @Nullable Long lastEventId) {
        if (latest == null || latest.position() >= start) {
            return;
        }
        boolean withoutId = latest.frame().sequence() == 0;
        if (lastEventId == null || latest.basis() > lastEventId || (withoutId && latest.basis() >= lastEventId)) {
            preface.add(latest.frame());
        }
    }
}
