package io.battlesim.app.live.connector;

import io.battlesim.app.battle.ChatMessage;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.live.ConnectionState;
import io.battlesim.app.live.ConnectionStatus;
import io.battlesim.app.live.api.LiveFrame;
import io.battlesim.engine.event.BattleEvent;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one LIVE room for one battle over the Live API's WebSocket: connects with the bearer token, hands frames
 * to a {@link FrameBatcher}, keeps the last acknowledged sequence number and, whenever the connection drops or
 * cannot be made, connects again after a backoff delay with that number as the {@code cursor}. The first connection
 * reads everything the stream holds, skipping what is older than the battle, so the position is known from then on.
 * A connection silent past the idle timeout (the server pings every 15 s) is dropped and made again.
 */
final class LiveConnector {

    private static final Logger log = LoggerFactory.getLogger(LiveConnector.class);
    private static final Duration STABLE_AFTER = Duration.ofSeconds(10);

    private final String battleId;
    private final RoomBinding room;
    private final @Nullable Long ownerUserId;
    private final long notBefore;
    private final ConnectorContext context;
    private final ConnectorMetrics metrics;
    private final AcknowledgedCursor acknowledged;
    private final Object lock = new Object();

    private ConnectionState state = ConnectionState.CONNECTING;
    private @Nullable String lastError;
    private int reconnects;
    private Instant since;
    private int attempt;
    private int generation;
    private boolean stopped;
    private boolean retryPending;
    private @Nullable WebSocket socket;
    private @Nullable FrameBatcher batcher;
    private long openedAt;
    private volatile long lastActivity;
    private @Nullable ScheduledFuture<?> watchdog;

    /**
     * A connector that has not connected yet.
     *
     * @param cursor the saved last acknowledged sequence number, or -1 for none
     * @param notBefore events older than this (epoch ms) are acknowledged without being submitted
     */
    LiveConnector(
            String battleId,
            RoomBinding room,
            @Nullable Long ownerUserId,
            long cursor,
            long notBefore,
            ConnectorContext context,
            ConnectorMetrics metrics) {
        this.battleId = battleId;
        this.room = room;
        this.ownerUserId = ownerUserId;
        this.notBefore = notBefore;
        this.context = context;
        this.metrics = metrics;
        this.acknowledged = new AcknowledgedCursor(battleId, room.roomId(), cursor, context.cursors(), context.clock());
        this.since = context.clock().instant();
    }

    /** Starts following the room (the first connection is made on a virtual thread). */
    void start() {
        long period = Math.max(1_000, context.idleTimeout().toMillis() / 3);
        synchronized (lock) {
            watchdog =
                    context.scheduler().scheduleWithFixedDelay(this::checkIdle, period, period, TimeUnit.MILLISECONDS);
        }
        Thread.startVirtualThread(this::connect);
    }

    /** Stops for good: flushes what arrived, closes the connection, optionally saves the cursor. */
    void stop(boolean saveCursor) {
        WebSocket open;
        FrameBatcher pending;
        synchronized (lock) {
            if (stopped) {
                return;
            }
            stopped = true;
            state = ConnectionState.CLOSED;
            since = context.clock().instant();
            open = socket;
            pending = batcher;
            socket = null;
            if (watchdog != null) {
                watchdog.cancel(false);
            }
        }
        if (pending != null) {
            pending.flush();
        }
        if (open != null) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "battle finished");
            context.scheduler().schedule(open::abort, 2, TimeUnit.SECONDS);
        }
        if (saveCursor) {
            acknowledged.saveNow();
        }
    }

    /**
     * Drops the current connection at once, as a network failure would, and reconnects after the backoff delay
     * from the last acknowledged sequence number; frames not yet received are not delivered by this connection.
     */
    void abort(String reason) {
        int connection;
        WebSocket ws;
        synchronized (lock) {
            if (stopped || socket == null) {
                return;
            }
            connection = generation;
            ws = socket;
        }
        ws.abort();
        disconnected(connection, reason);
    }

    ConnectionStatus status() {
        synchronized (lock) {
            return new ConnectionStatus(
                    room.roomId(), room.username(), state, lastError, acknowledged.get(), reconnects, since);
        }
    }

    String roomId() {
        return room.roomId();
    }

    String username() {
        return room.username();
    }

    // Called by the StreamConnection of the current connection.

    LiveFrame parse(String text) {
        active();
        LiveFrame frame = context.frames().apply(text);
        metrics.frame(frame);
        return frame;
    }

    void active() {
        lastActivity = context.clock().millis();
    }

    boolean isBeforeTheBattle(BattleEvent event) {
        return event.timestamp() < notBefore;
    }

    /** The vote a chat comment casts in the battle, or null (not a command, or written before the battle). */
    @Nullable
    BattleEvent chatVote(ChatMessage message) {
        if (message.timestamp() < notBefore) {
            return null;
        }
        return context.sink().chatVote(battleId, message);
    }

    void opened(int connection, WebSocket ws, FrameBatcher frames) {
        synchronized (lock) {
            if (stopped || connection != generation) {
                ws.abort();
                return;
            }
            socket = ws;
            batcher = frames;
            state = ConnectionState.CONNECTED;
            since = context.clock().instant();
            openedAt = context.clock().millis();
            lastActivity = openedAt;
        }
        long cursor = acknowledged.get();
        log.info(
                "Battle {} follows LIVE room {} (@{}) {}",
                battleId,
                room.roomId(),
                room.username(),
                cursor < 0 ? "from its buffered frames on" : "after seq " + cursor);
    }

    void disconnected(int connection, String reason) {
        FrameBatcher frames;
        synchronized (lock) {
            if (stopped || connection != generation || socket == null) {
                return;
            }
            frames = batcher;
            socket = null;
            batcher = null;
            if (context.clock().millis() - openedAt >= STABLE_AFTER.toMillis()) {
                attempt = 0;
            }
        }
        if (frames != null) {
            frames.flush();
        }
        retry(connection, reason);
    }

    void note(String problem) {
        synchronized (lock) {
            lastError = problem;
        }
    }

    void lost(LiveFrame.Gap gap) {
        log.warn(
                "Battle {} room {}: events {}..{} were no longer buffered by the Live API and are lost",
                battleId,
                room.roomId(),
                gap.from(),
                gap.to());
        metrics.lost(gap.to() - gap.from() + 1);
        note("Events " + gap.from() + " to " + gap.to() + " were lost (the stream no longer held them)");
    }

    /** The stream answered a resume at or below the cursor: it numbers from 1 again (a restarted service). */
    void renumbered(long cursor, long firstSeq) {
        log.warn(
                "Battle {} room {}: the stream numbers from {} again although we resumed after {}; following it",
                battleId,
                room.roomId(),
                firstSeq,
                cursor);
        acknowledged.renumbered(firstSeq);
    }

    private void connect() {
        int current;
        synchronized (lock) {
            if (stopped) {
                return;
            }
            current = ++generation;
            retryPending = false;
        }
        Optional<String> token = token();
        if (token.isEmpty()) {
            retry(current, "No access token: " + context.credentials().missingReason(ownerUserId));
            return;
        }
        String bearer = token.get();
        // Without a cursor yet, ask for everything the stream holds: nothing between the battle's start and this
        // connection is missed, the position becomes known at once, and what is older than the battle is skipped.
        long cursor = Math.max(0, acknowledged.get());
        URI uri = context.endpoint().events(room.roomId(), cursor);
        FrameBatcher frames = new FrameBatcher(
                battleId,
                context.sink(),
                context.scheduler(),
                acknowledged::acknowledge,
                error -> submissionFailed(current, error),
                metrics::admission);
        context.http()
                .newWebSocketBuilder()
                .header("Authorization", "Bearer " + bearer)
                .connectTimeout(context.connectTimeout())
                .buildAsync(uri, new StreamConnection(this, current, cursor, frames))
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        connectFailed(current, bearer, error);
                    }
                });
    }

    private Optional<String> token() {
        try {
            return context.credentials().tokenFor(ownerUserId);
        } catch (RuntimeException e) {
            log.warn("Getting an access token for battle {} failed", battleId, e);
            return Optional.empty();
        }
    }

    private void connectFailed(int connection, String bearer, Throwable error) {
        if (ConnectFailures.status(error) == 401) {
            context.credentials().refused(bearer);
        }
        retry(connection, ConnectFailures.describe(error, room.roomId()));
    }

    private void submissionFailed(int connection, Throwable error) {
        log.warn(
                "Battle {} did not take events of room {}; reconnecting from seq {}",
                battleId,
                room.roomId(),
                acknowledged.get(),
                error);
        WebSocket ws;
        synchronized (lock) {
            if (stopped || connection != generation) {
                return;
            }
            ws = socket;
            socket = null;
            batcher = null;
        }
        if (ws != null) {
            ws.abort();
        }
        retry(connection, "The battle did not take events (" + error.getClass().getSimpleName() + ")");
    }

    private void retry(int connection, String reason) {
        Duration delay;
        synchronized (lock) {
            if (stopped || connection != generation || retryPending) {
                return;
            }
            retryPending = true;
            state = ConnectionState.RECONNECTING;
            lastError = reason;
            since = context.clock().instant();
            reconnects++;
            delay = context.backoff().delay(attempt++);
        }
        metrics.reconnect();
        log.info(
                "Battle {} room {}: {}; reconnecting in {} ms from seq {}",
                battleId,
                room.roomId(),
                reason,
                delay.toMillis(),
                acknowledged.get());
        context.scheduler()
                .schedule(() -> Thread.startVirtualThread(this::connect), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkIdle() {
        boolean idle;
        synchronized (lock) {
            idle = !stopped
                    && socket != null
                    && context.clock().millis() - lastActivity
                            >= context.idleTimeout().toMillis();
        }
        if (idle) {
            abort("No frame or ping for " + context.idleTimeout().toSeconds() + " s");
        }
    }
}
