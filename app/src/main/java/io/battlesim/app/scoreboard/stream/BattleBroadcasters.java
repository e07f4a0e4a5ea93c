package io.battlesim.app.scoreboard.stream;

import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleUpdates;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.scoreboard.ScoreboardSettings;
import io.battlesim.app.scoreboard.view.GiftView;
import io.battlesim.app.scoreboard.view.OddsView;
import io.battlesim.app.scoreboard.view.ScoreboardView;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broadcasters of every battle someone watches, created on the first connection, closed when nobody has
 * watched for a while; plus the fan-out pool, the heartbeat and the shutdown that ends every stream before the
 * web server's graceful shutdown waits for them.
 */
@Component
public class BattleBroadcasters implements SmartLifecycle {

    /**
     * What a page renders before it connects to the stream.
     *
     * @param scoreboard the latest scoreboard
     * @param recentGifts the latest gifts, newest first
     * @param lastSequence the latest update's sequence: the page resumes after it, so it misses nothing
     */
    public record StreamState(ScoreboardView scoreboard, List<GiftView> recentGifts, long lastSequence) {}

    private final BattleUpdates updates;
    private final ScoreboardSettings settings;
    private final UpdateEncoder encoder;
    private final Clock clock;
    private final Map<String, BattleBroadcaster> broadcasters = new ConcurrentHashMap<>();
    private final AtomicInteger connected = new AtomicInteger();
    private volatile ExecutorService fanOut;
    private volatile ScheduledExecutorService timer;
    private volatile boolean running;

    BattleBroadcasters(BattleUpdates updates, ScoreboardSettings settings, JsonMapper json) {
        Clock clock = Clock.systemUTC();
        this.updates = Objects.requireNonNull(updates, "updates must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.clock = clock;
        this.encoder = new UpdateEncoder(json, clock);
        this.fanOut = newFanOut();
        this.timer = newTimer();
    }

    private ExecutorService newFanOut() {
        return Executors.newFixedThreadPool(
                settings.effectiveFanOutThreads(),
                Thread.ofPlatform().name("sse-fan-out-", 0).daemon().factory());
    }

    private static ScheduledExecutorService newTimer() {
        return Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("sse-heartbeat").daemon().factory());
    }

    /** The state a page shows before connecting; never null (falls back to the battle's own snapshot). */
    public StreamState state(BattleView battle) {
        StreamState state = broadcaster(battle).state();
        if (state != null) {
            return state;
        }
        ScoreboardView view = Objects.requireNonNull(seed(battle, "scoreboard").scoreboard());
        return new StreamState(view, List.of(), 0);
    }

    /** The view as the JSON its stream would send, for a page's first render. */
    public String json(ScoreboardView view) {
        return encoder.json(view);
    }

    /**
     * Ends every stream of a battle and forgets its broadcaster, as a restart would: viewers reconnect by themselves
     * and resume after their {@code Last-Event-ID}. For operations (and tests of exactly that).
     *
     * @return whether the battle had a broadcaster
     */
    public boolean disconnectAll(String battleId) {
        BattleBroadcaster broadcaster =
                broadcasters.remove(Objects.requireNonNull(battleId, "battleId must not be null"));
        if (broadcaster != null) {
            broadcaster.close();
        }
        return broadcaster != null;
    }

    /** Number of connected streams (all battles). */
    public int connectedClients() {
        return connected.get();
    }

    /** Connects a client to a battle's stream. */
    SseClient connect(BattleView battle, SseSink sink, @Nullable Long lastEventId) {
        connected.incrementAndGet();
        return broadcaster(battle).connect(sink, lastEventId, connected::decrementAndGet);
    }

    /** Sends a heartbeat to every client of every battle. */
    void heartbeat() {
        SseFrame frame = encoder.heartbeat();
        broadcasters.values().forEach(broadcaster -> broadcaster.heartbeat(frame));
    }

    /** The battles someone is watching now. */
    List<String> watched() {
        return broadcasters.values().stream()
                .filter(broadcaster -> broadcaster.clientCount() > 0 && !broadcaster.closed())
                .map(BattleBroadcaster::battleId)
                .toList();
    }

    /** Sends a battle's odds to its clients; like a heartbeat, only the latest waiting one is written. */
    void publishOdds(String battleId, OddsView odds) {
        BattleBroadcaster broadcaster = broadcasters.get(battleId);
        if (broadcaster != null) {
            broadcaster.heartbeat(encoder.odds(odds));
        }
    }

    /** Closes the broadcasters nobody has watched for the idle timeout. */
    void closeIdle() {
        long cutoff = clock.millis() - settings.idleBroadcasterTimeout().toMillis();
        broadcasters.values().removeIf(broadcaster -> {
            boolean idle = broadcaster.clientCount() == 0 && broadcaster.idleSince() < cutoff;
            if (idle) {
                broadcaster.close();
            }
            return idle;
        });
    }

    int broadcasterCount() {
        return broadcasters.size();
    }

    private BattleBroadcaster broadcaster(BattleView battle) {
        return broadcasters.computeIfAbsent(battle.id(), id -> {
            long duration = battle.setup().rules().duration().toMillis();
            BattleBroadcaster broadcaster = new BattleBroadcaster(
                    id,
                    duration,
                    encoder,
                    fanOut,
                    settings.maxLag(),
                    settings.reconnectMillis(),
                    pacing(),
                    clock.millis());
            broadcaster.seed(
                    seed(battle, SseFrame.SCOREBOARD),
                    battle.status() == BattleStatus.ENDED ? seed(battle, SseFrame.ENDED) : null);
            broadcaster.follow(updates);
            return broadcaster;
        });
    }

    /** The pacing of a new broadcaster, from the settings. */
    private Pacing pacing() {
        return new Pacing(
                new WakeThrottle(settings.flushInterval().toNanos(), System::nanoTime, this::later),
                new ScoreCadence(settings.wholeScoreboardInterval().toNanos(), System::nanoTime, this::later),
                new FeedSelector(settings.feedGiftsPerSecond(), System::nanoTime));
    }

    /** Runs a task on the fan-out pool after a delay; dropped once shutting down (streams are ending anyway). */
    private void later(Runnable task, long delayNanos) {
        try {
            timer.schedule(() -> runOnFanOut(task), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            // the broadcaster is closing its clients
        }
    }

    private void runOnFanOut(Runnable task) {
        try {
            fanOut.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            // the broadcaster is closing its clients
        }
    }

    private UpdateEncoder.Encoded seed(BattleView battle, String event) {
        return encoder.seed(
                event, battle.snapshot(), battle.setup().rules().duration().toMillis());
    }

    /** Starts the heartbeat; after a {@link #stop()} (a paused test context) with fresh threads. */
    @Override
    public void start() {
        if (fanOut.isShutdown()) {
            fanOut = newFanOut();
        }
        if (timer.isShutdown()) {
            timer = newTimer();
        }
        long heartbeat = Math.max(1, settings.heartbeat().toMillis());
        timer.scheduleAtFixedRate(this::heartbeatQuietly, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::closeIdleQuietly, 15, 15, TimeUnit.SECONDS);
        running = true;
    }

    /** Ends every stream first, so the web server's graceful shutdown does not wait for open streams. */
    @Override
    public void stop() {
        running = false;
        broadcasters.values().forEach(BattleBroadcaster::close);
        broadcasters.clear();
        timer.shutdownNow();
        fanOut.shutdown();
        try {
            fanOut.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fanOut.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void heartbeatQuietly() {
        try {
            heartbeat();
        } catch (RuntimeException ignored) {
            // the next beat tries again; a failing client is closed by its own writer
        }
    }

    private void closeIdleQuietly() {
        try {
            closeIdle();
        } catch (RuntimeException ignored) {
            // tried again at the next sweep
        }
    }
}
