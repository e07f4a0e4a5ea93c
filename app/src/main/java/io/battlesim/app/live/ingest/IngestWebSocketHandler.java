package io.battlesim.app.live.ingest;

import io.battlesim.app.battle.BattleFinished;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.ratelimit.ClientAddress;
import io.battlesim.app.ratelimit.Limited;
import io.battlesim.app.ratelimit.RateDecision;
import io.battlesim.app.ratelimit.RateLimits;
import io.battlesim.app.ratelimit.TooManyRequestsException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest WebSocket: after the key is checked (else close 1008), every text message is one ingest request (an
 * array of events, {@code {"events":[…]}} or one event) answered by one text message: {@code {"status":200, …
 * results}} as the HTTP batch answers, or a problem object with its {@code status} (429 with {@code
 * retryAfterSeconds} once the battle's ingest rate limit is reached: messages count as HTTP batches do). A wrong key
 * spends one of the client address's failed-authentication tokens. Connections close with 1000 when the battle
 * finishes.
 */
@Component
class IngestWebSocketHandler extends TextWebSocketHandler {

    static final String PATH = "/api/battles/{battleId}/events/ws";

    private static final Logger log = LoggerFactory.getLogger(IngestWebSocketHandler.class);
    private static final String OUT = "ingest.out";

    private final BattleManagement battles;
    private final IngestService ingest;
    private final JsonMapper json;
    private final RateLimits limits;
    private final Map<String, Set<WebSocketSession>> sessions = new ConcurrentHashMap<>();

    IngestWebSocketHandler(BattleManagement battles, IngestService ingest, JsonMapper json, RateLimits limits) {
        this.battles = battles;
        this.ingest = ingest;
        this.json = json;
        this.limits = limits;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        var out = new ConcurrentWebSocketSessionDecorator(session, 10_000, 4 * 1024 * 1024);
        session.getAttributes().put(OUT, out);
        String battleId = battleId(session);
        String key = (String) session.getAttributes().get(IngestHandshake.KEY);
        if (battles.find(battleId).isEmpty()) {
            SocketRefusal.close(out, "unknown battle");
            return;
        }
        if (key == null || key.isEmpty() || !battles.ingestKeyMatches(battleId, key)) {
            // over HTTP a 401 is counted by the rate-limit filter; the socket's answer is a close code instead
            InetSocketAddress peer = session.getRemoteAddress();
            if (peer != null && peer.getAddress() != null) {
                limits.authenticationFailed(ClientAddress.of(peer.getAddress()));
            }
            SocketRefusal.close(out, "invalid ingest key");
            return;
        }
        sessions.computeIfAbsent(battleId, id -> ConcurrentHashMap.newKeySet()).add(out);
        // The battle may have finished while this socket was being accepted, its BattleFinished (published after
        // the result is saved) passing before the add above: close it the same way.
        if (battles.find(battleId)
                .map(battle -> battle.status() == BattleStatus.ENDED)
                .orElse(true)) {
            Set<WebSocketSession> open = sessions.get(battleId);
            if (open != null) {
                open.remove(out);
            }
            closeFinished(out);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        WebSocketSession out = (WebSocketSession) session.getAttributes().get(OUT);
        String battleId = battleId(session);
        Optional<BattleView> battle = battles.find(battleId);
        Map<String, Object> answer;
        if (battle.isEmpty() || battle.get().status() != BattleStatus.LIVE) {
            answer = problem(409, "Battle not live", "The battle takes events only while it is live.");
        } else if (limits.take(Limited.INGEST, battleId) instanceof RateDecision.Refused refused) {
            answer = tooManyRequests(refused);
        } else {
            answer = answer(
                    battleId, ingest.ingest(battle.get(), message.getPayload().getBytes(StandardCharsets.UTF_8)));
        }
        out.sendMessage(new TextMessage(json.writeValueAsString(answer)));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Object out = session.getAttributes().get(OUT);
        Set<WebSocketSession> open = sessions.get(battleId(session));
        if (open != null && out != null) {
            open.remove(out);
        }
    }

    @EventListener
    void on(BattleFinished finished) {
        Set<WebSocketSession> open = sessions.remove(finished.battleId());
        if (open == null) {
            return;
        }
        open.forEach(IngestWebSocketHandler::closeFinished);
    }

    private static void closeFinished(WebSocketSession session) {
        try {
            session.close(CloseStatus.NORMAL.withReason("battle finished"));
        } catch (IOException | IllegalStateException e) {
            log.debug("Closing ingest socket {} failed: {}", session.getId(), e.toString());
        }
    }

    private static Map<String, Object> answer(String battleId, IngestOutcome outcome) {
        return switch (outcome) {
            case IngestOutcome.Problem problem -> {
                Map<String, Object> body = problem(problem.status(), problem.title(), problem.detail());
                if (!problem.errors().isEmpty()) {
                    body.put("errors", problem.errors());
                }
                yield body;
            }
            case IngestOutcome.Answered answered -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", 200);
                body.putAll(IngestController.body(battleId, answered));
                yield body;
            }
        };
    }

    private static Map<String, Object> tooManyRequests(RateDecision.Refused refused) {
        long seconds = refused.retryAfterSeconds();
        Map<String, Object> body =
                problem(429, "Too many requests", TooManyRequestsException.detail(Limited.INGEST, seconds));
        body.put("retryAfterSeconds", seconds);
        return body;
    }

    private static Map<String, Object> problem(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    private static String battleId(WebSocketSession session) {
        return (String) session.getAttributes().get(IngestHandshake.BATTLE_ID);
    }
}
