package io.battlesim.app.leaderboard.web;

import io.battlesim.app.leaderboard.GifterEntry;
import io.battlesim.app.leaderboard.LeaderboardSettings;
import io.battlesim.app.leaderboard.Leaderboards;
import io.battlesim.app.leaderboard.LeaderboardsChanged;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live leaderboard overlays: each open overlay gets its board at once (so a reconnect with {@code Last-Event-ID}
 * misses nothing: every event is the whole board), then again whenever new tallies changed it, at most every
 * {@code app.leaderboard.overlay-interval}, and a heartbeat so OBS notices a dead connection.
 */
@Component
class BoardStreams {

    private static final long HEARTBEAT_SECONDS = 15;

    private final Leaderboards boards;
    private final Map<OverlayBoard, List<SseEmitter>> viewers = new ConcurrentHashMap<>();
    private final Set<OverlayBoard> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicLong version = new AtomicLong();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("board-streams").factory());

    BoardStreams(Leaderboards boards, LeaderboardSettings settings) {
        this.boards = boards;
        long interval = Math.max(100, settings.overlayInterval().toMillis());
        scheduler.scheduleWithFixedDelay(this::flush, interval, interval, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    SseEmitter open(OverlayBoard board) {
        SseEmitter emitter = new SseEmitter(0L);
        List<SseEmitter> list = viewers.computeIfAbsent(board, key -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(emitter, board, board.read(boards));
        return emitter;
    }

    @EventListener
    void on(LeaderboardsChanged changed) {
        for (OverlayBoard board : viewers.keySet()) {
            if (board.changedBy(changed.battles(), changed.creators())) {
                dirty.add(board);
            }
        }
    }

    private void flush() {
        for (OverlayBoard board : List.copyOf(dirty)) {
            dirty.remove(board);
            List<SseEmitter> list = viewers.get(board);
            if (list == null || list.isEmpty()) {
                viewers.remove(board, list);
                continue;
            }
            List<GifterEntry> entries = board.read(boards);
            list.forEach(emitter -> send(emitter, board, entries));
        }
    }

    private void heartbeat() {
        viewers.values()
                .forEach(list -> list.forEach(emitter -> {
                    try {
                        emitter.send(SseEmitter.event().name("ping").data("{}", MediaType.APPLICATION_JSON));
                    } catch (IOException | IllegalStateException gone) {
                        list.remove(emitter);
                    }
                }));
    }

    private void send(SseEmitter emitter, OverlayBoard board, List<GifterEntry> entries) {
        try {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(version.incrementAndGet()))
                    .name("board")
                    .data(new BoardEvent(board.title(), entries), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            List<SseEmitter> list = viewers.get(board);
            if (list != null) {
                list.remove(emitter);
            }
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
        viewers.values().forEach(list -> list.forEach(SseEmitter::complete));
    }

    /** What an overlay shows: a title and the lines. */
    record BoardEvent(String title, List<GifterEntry> entries) {}
}
