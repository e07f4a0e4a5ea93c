package io.battlesim.app.live.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.socket.adapter.standard.StandardWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

class SocketRefusalTests {

    private final Map<String, Object> userProperties = new HashMap<>();
    private @Nullable CloseReason closedWith;
    private @Nullable Object closeSendTimeoutWhenClosed;

    @Test
    void closesWith1008AndGivesTheCloseFrameMoreThanTomcatsFiftyMilliseconds() throws Exception {
        var session = new StandardWebSocketSession(new HttpHeaders(), Map.of(), null, null);
        session.initializeNativeSession(tomcatSession());

        SocketRefusal.close(new ConcurrentWebSocketSessionDecorator(session, 10_000, 1024), "invalid ingest key");

        assertThat(closedWith).isNotNull();
        assertThat(closedWith.getCloseCode().getCode()).isEqualTo(1008);
        assertThat(closedWith.getReasonPhrase()).isEqualTo("invalid ingest key");
        assertThat(closeSendTimeoutWhenClosed)
                .isInstanceOfSatisfying(Long.class, millis -> assertThat(millis).isGreaterThanOrEqualTo(1_000));
    }

    /** The parts of Tomcat's session that Spring and the refusal touch; Tomcat reads the timeout when it closes. */
    private Session tomcatSession() {
        return (Session) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getRequestURI" -> {
                            return URI.create("ws://localhost/api/battles/b1/events/ws");
                        }
                        case "getNegotiatedExtensions" -> {
                            return List.of();
                        }
                        case "getUserProperties" -> {
                            return userProperties;
                        }
                        case "isOpen" -> {
                            return closedWith == null;
                        }
                        case "close" -> {
                            closedWith = (CloseReason) args[0];
                            closeSendTimeoutWhenClosed = userProperties.get(SocketRefusal.CLOSE_SEND_TIMEOUT);
                            return null;
                        }
                        default -> {
                            return null;
                        }
                    }
                });
    }
}
