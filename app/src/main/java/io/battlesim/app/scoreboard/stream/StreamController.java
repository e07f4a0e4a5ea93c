package io.battlesim.app.scoreboard.stream;

import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.scoreboard.ScoreboardSettings;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SSE streams of the scoreboard ({@code /battles/{id}/stream}) and of the overlay
 * ({@code /overlay/{token}/stream}): events {@code scoreboard}, {@code score}, {@code gift}, {@code ended} with
 * {@code id: <sequence>}, a {@code ping} heartbeat, resume after {@code Last-Event-ID} (the header a browser sends
 * when it reconnects, or {@code ?lastEventId=} for a stream a script opens again).
 */
@Controller
class StreamController {

    private final BattleManagement battles;
    private final BattleBroadcasters broadcasters;
    private final ScoreboardSettings settings;

    StreamController(BattleManagement battles, BattleBroadcasters broadcasters, ScoreboardSettings settings) {
        this.battles = battles;
        this.broadcasters = broadcasters;
        this.settings = settings;
    }

    @GetMapping("/battles/{id}/stream")
    void battleStream(
            @PathVariable String id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventIdHeader,
            @RequestParam(name = "lastEventId", required = false) @Nullable String lastEventIdParam,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        stream(battles.find(id), lastEventId(lastEventIdHeader, lastEventIdParam), request, response);
    }

    @GetMapping("/overlay/{token}/stream")
    void overlayStream(
            @PathVariable String token,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventIdHeader,
            @RequestParam(name = "lastEventId", required = false) @Nullable String lastEventIdParam,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        stream(battles.findByOverlayToken(token), lastEventId(lastEventIdHeader, lastEventIdParam), request, response);
    }

    private void stream(
            Optional<BattleView> battle,
            @Nullable Long lastEventId,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (battle.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.setHeader("X-Accel-Buffering", "no");
        // Commit the headers now, on this container thread, through every filter's response wrapper.
        response.flushBuffer();
        AsyncContext async = request.startAsync();
        long timeout = settings.streamTimeout().toMillis();
        async.setTimeout(Math.max(0, timeout));
        ServletSseSink sink = new ServletSseSink(async);
        sink.bind(broadcasters.connect(battle.get(), sink, lastEventId));
    }

    /** The header wins; anything that is not a non-negative number counts as no id (a fresh stream). */
    static @Nullable Long lastEventId(@Nullable String header, @Nullable String param) {
        String value = header != null && !header.isBlank() ? header : param;
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id >= 0 ? id : null;
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
