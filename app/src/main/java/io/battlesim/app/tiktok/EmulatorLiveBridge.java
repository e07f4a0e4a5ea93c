package io.battlesim.app.tiktok;

import io.battlesim.tiktok.emulator.LiveListener;
import io.battlesim.tiktok.emulator.LiveRooms;
import io.battlesim.tiktok.emulator.LiveSubscription;
import java.io.IOException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * One emulator subscription per WebSocket connection: the room's frames (first those after the handshake's {@code
 * cursor}) are sent as text frames, the emulator's close (1000 room offline, 1001 shutting down, 1013 too far
 * behind) closes the connection with the same code, and a ping goes to every connection every 15 seconds. A client
 * that closes ends its subscription; what clients send is ignored.
 */
final class EmulatorLiveBridge extends TextWebSocketHandler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmulatorLiveBridge.class);
    private static final int SEND_TIME_LIMIT_MILLIS = 10_000;
    private static final int BUFFER_LIMIT_BYTES = 4 * 1024 * 1024;
    private static final long PING_SECONDS = 15;

    private final LiveRooms live;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("emulator-live-ping").daemon().factory());

    EmulatorLiveBridge(LiveRooms live) {
        this.live = live;
        pinger.scheduleAtFixedRate(this::pingAll, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        var out = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS, BUFFER_LIMIT_BYTES);
        String roomId = (String) session.getAttributes().get(EmulatorLiveHandshake.ROOM_ID);
        long cursor = (Long) session.getAttributes().get(EmulatorLiveHandshake.CURSOR);
        Connection connection = new Connection(out);
        connections.put(session.getId(), connection);
        try {
            LiveSubscription subscription = live.subscribe(roomId, cursor, connection);
            connection.subscription = subscription;
            if (!session.isOpen()) {
                subscription.close();
            }
        } catch (NoSuchElementException e) {
            connections.remove(session.getId());
            out.close(CloseStatus.POLICY_VIOLATION.withReason("unknown room"));
        } catch (IllegalStateException e) {
            connections.remove(session.getId());
            out.close(CloseStatus.GOING_AWAY.withReason("emulator shutting down"));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        // The Live API's stream is one-way: whatever a client sends is ignored.
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection connection = connections.remove(session.getId());
        LiveSubscription subscription = connection == null ? null : connection.subscription;
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Stops pinging and closes every connection as going away. */
    @Override
    public void close() {
        pinger.shutdownNow();
        connections.values().forEach(connection -> connection.onClose(1001, "emulator shutting down"));
        connections.clear();
    }

    private void pingAll() {
        connections.values().forEach(Connection::ping);
    }

    /** The emulator's listener for one WebSocket connection. */
    private static final class Connection implements LiveListener {

        private final WebSocketSession out;
        private volatile @Nullable LiveSubscription subscription;

        Connection(WebSocketSession out) {
            this.out = out;
        }

        @Override
        public void onMessage(String json) {
            try {
                out.sendMessage(new TextMessage(json));
            } catch (IOException | IllegalStateException e) {
                log.debug("Emulator LIVE stream {}: sending failed ({}); closing", out.getId(), e.toString());
                closeQuietly(CloseStatus.SESSION_NOT_RELIABLE);
            }
        }

        @Override
        public void onClose(int code, String reason) {
            closeQuietly(new CloseStatus(code, reason));
        }

        void ping() {
            try {
                if (out.isOpen()) {
                    out.sendMessage(new PingMessage());
                }
            } catch (IOException | IllegalStateException e) {
                closeQuietly(CloseStatus.SESSION_NOT_RELIABLE);
            }
        }

        private void closeQuietly(CloseStatus status) {
            try {
                out.close(status);
            } catch (IOException | IllegalStateException e) {
                // already closed
            }
        }
    }
}
