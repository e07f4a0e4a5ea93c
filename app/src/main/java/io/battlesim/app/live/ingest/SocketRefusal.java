package io.battlesim.app.live.ingest;

import java.io.IOException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Closes an ingest socket it will not serve with 1008 (policy violation), as the ingest API promises. Tomcat sends
 * a close frame with any code but 1000 under a 50 ms write timeout (meant for a peer that is gone) and drops the
 * connection without the frame when the write takes longer, as it can on a loaded machine: the client then sees
 * 1006 (abnormal closure) instead. The frame of a socket that has carried nothing yet always fits its send buffer,
 * so the longer timeout given here only waits out a stalled machine.
 */
final class SocketRefusal {

    /** Tomcat's session property for that timeout, in milliseconds (a Long). */
    static final String CLOSE_SEND_TIMEOUT = "org.apache.tomcat.websocket.ABNORMAL_SESSION_CLOSE_SEND_TIMEOUT";

    static final long CLOSE_SEND_TIMEOUT_MILLIS = 5_000;

    private SocketRefusal() {}

    /** Closes {@code session} (possibly decorated) with 1008 and {@code reason}. */
    static void close(WebSocketSession session, String reason) throws IOException {
        if (WebSocketSessionDecorator.unwrap(session) instanceof NativeWebSocketSession standard
                && standard.getNativeSession(jakarta.websocket.Session.class) instanceof jakarta.websocket.Session ws) {
            ws.getUserProperties().put(CLOSE_SEND_TIMEOUT, CLOSE_SEND_TIMEOUT_MILLIS);
        }
        session.close(CloseStatus.POLICY_VIOLATION.withReason(reason));
    }
}
