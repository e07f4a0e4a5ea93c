package io.battlesim.app.live.connector;

import io.battlesim.app.live.api.LiveFrame;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection of a {@link LiveConnector}: reassembles text frames, routes each to the batcher (events
 * older than the battle and frames without events are acknowledged without being submitted), notices lost ranges
 * and a stream that numbers from 1 again, and reports opening, pings and the end of the connection.
 */
final class StreamConnection implements WebSocket.Listener {

    private static final Logger log = LoggerFactory.getLogger(StreamConnection.class);

    private final LiveConnector connector;
    private final int generation;
    private final long cursor;
    private final FrameBatcher frames;
    private final StringBuilder text = new StringBuilder();
    private boolean renumbered;

    StreamConnection(LiveConnector connector, int generation, long cursor, FrameBatcher frames) {
        this.connector = connector;
        this.generation = generation;
        this.cursor = cursor;
        this.frames = frames;
    }

    @Override
    public void onOpen(WebSocket ws) {
        connector.opened(generation, ws, frames);
        ws.request(1);
    }

    @Override
    public @Nullable CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            String frame = text.toString();
            text.setLength(0);
            received(connector.parse(frame));
        }
        ws.request(1);
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
        connector.active();
        ws.request(1);
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        connector.disconnected(
                generation, "Closed by the LIVE service (" + statusCode + (reason.isBlank() ? "" : " " + reason) + ")");
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        connector.disconnected(
                generation, "Connection lost (" + error.getClass().getSimpleName() + ")");
    }

    private void received(LiveFrame frame) {
        checkNumbering(frame);
        switch (frame) {
            case LiveFrame.Event event ->
                frames.add(event.seq(), connector.isBeforeTheBattle(event.event()) ? null : event.event());
            case LiveFrame.RoomStatus status -> {
                frames.add(status.seq(), null);
                if (!status.live()) {
                    connector.note("The creator @" + connector.username() + " is offline");
                }
            }
            case LiveFrame.Gap gap -> {
                // A first connection reads the whole buffer: what it no longer holds is older than the battle.
                if (cursor > 0) {
                    connector.lost(gap);
                }
                frames.add(gap.seq(), null);
            }
            case LiveFrame.Chat chat -> frames.add(chat.seq(), connector.chatVote(chat.message()));
            case LiveFrame.Other other -> frames.add(other.seq(), null);
            case LiveFrame.Malformed malformed -> {
                log.warn(
                        "Room {}: unreadable frame (seq {}): {}",
                        connector.roomId(),
                        malformed.seq(),
                        malformed.reason());
                frames.add(malformed.seq(), null);
            }
        }
    }

    /**
     * A correct stream sends nothing at or below the cursor (but the final OFFLINE status of a room that was
     * already offline); anything else means it numbers from 1 again.
     */
    private void checkNumbering(LiveFrame frame) {
        boolean resent = frame instanceof LiveFrame.RoomStatus status && !status.live();
        if (!renumbered && cursor > 0 && frame.seq() >= 0 && frame.seq() <= cursor && !resent) {
            renumbered = true;
            connector.renumbered(cursor, frame.seq());
        }
    }
}
