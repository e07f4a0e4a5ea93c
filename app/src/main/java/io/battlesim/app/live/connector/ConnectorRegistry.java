package io.battlesim.app.live.connector;

import io.battlesim.app.battle.BattleAudience;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.Practice;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.Simulation;
import io.battlesim.app.live.ConnectionState;
import io.battlesim.app.live.ConnectionStatus;
import io.battlesim.app.live.LiveSettings;
import io.battlesim.app.live.api.LiveApiClient;
import io.battlesim.app.live.api.LiveCredentials;
import io.battlesim.app.live.api.LiveEndpoint;
import io.battlesim.app.live.api.LiveFrames;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The connectors of running battles: started when a LIVE_API battle starts or resumes, stopped when it ends. */
@Component
public class ConnectorRegistry {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRegistry.class);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(45);
    private static final Duration PRE_START_SLACK = Duration.ofMinutes(1);

    private final Map<String, List<LiveConnector>> connectors = new ConcurrentHashMap<>();
    private final Map<String, List<ConnectionStatus>> unavailable = new ConcurrentHashMap<>();
    private final CursorStore cursors;
    private final ConnectorMetrics metrics;
    private final ScheduledExecutorService scheduler;
    private final @Nullable ConnectorContext context;
    private final String unavailableReason;
    private final Clock clock = Clock.systemUTC();

    ConnectorRegistry(
            LiveApiClient api,
            LiveCredentials credentials,
            BattleManagement battles,
            BattleAudience audience,
            CursorStore cursors,
            LiveSettings settings,
            JsonMapper json,
            MeterRegistry meters) {
        this.cursors = cursors;
        this.metrics = new ConnectorMetrics(meters);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("live-connector-timer").daemon().factory());
        if (api.endpoint() instanceof LiveEndpoint.Configured endpoint) {
            this.context = new ConnectorContext(
                    api.http(),
                    endpoint,
                    credentials,
                    new LiveFrames(json)::parse,
                    new BattleSink(battles, audience),
                    cursors::save,
                    scheduler,
                    new Backoff(settings.reconnectMin(), settings.reconnectMax(), RandomGenerator.getDefault()),
                    settings.connectTimeout(),
                    IDLE_TIMEOUT,
                    meters,
                    clock);
            this.unavailableReason = "";
        } else {
            this.context = null;
            this.unavailableReason = ((LiveEndpoint.NotConfigured) api.endpoint()).reason();
        }
    }

    /**
     * Follows every room of {@code battle} (once; a second call for the same battle does nothing), resuming from
     * the saved cursors when there are any.
     */
    public void connect(BattleView battle) {
        Objects.requireNonNull(battle, "battle must not be null");
        List<RoomBinding> rooms = rooms(battle);
        if (context == null) {
            unavailable.put(
                    battle.id(), rooms.stream().map(this::unavailableStatus).toList());
            log.warn("Battle {} cannot follow its LIVE rooms: {}", battle.id(), unavailableReason);
            return;
        }
        connectors.computeIfAbsent(battle.id(), id -> start(battle, rooms));
    }

    /** Stops following a battle's rooms; {@code finished} also forgets the saved cursors. */
    public void disconnect(String battleId, boolean finished) {
        unavailable.remove(battleId);
        List<LiveConnector> stopped = connectors.remove(battleId);
        if (stopped != null) {
            stopped.forEach(connector -> connector.stop(!finished));
            log.info("Battle {} stopped following {} LIVE room(s)", battleId, stopped.size());
        }
        if (finished) {
            try {
                cursors.delete(battleId);
            } catch (RuntimeException e) {
                log.warn("Deleting the cursors of battle {} failed: {}", battleId, e.toString());
            }
        }
    }

    /** The state of each room's connection, in side and room order; empty for a battle not followed. */
    public List<ConnectionStatus> status(String battleId) {
        List<LiveConnector> running = connectors.get(battleId);
        if (running != null) {
            return running.stream().map(LiveConnector::status).toList();
        }
        return unavailable.getOrDefault(battleId, List.of());
    }

    @PreDestroy
    void shutdown() {
        List.copyOf(connectors.keySet()).forEach(battleId -> disconnect(battleId, false));
        scheduler.shutdownNow();
    }

    private List<LiveConnector> start(BattleView battle, List<RoomBinding> rooms) {
        ConnectorContext shared = Objects.requireNonNull(context);
        Map<String, Long> saved = cursors.load(battle.id());
        List<LiveConnector> started = new ArrayList<>();
        for (RoomBinding room : rooms) {
            LiveConnector connector = new LiveConnector(
                    battle.id(),
                    room,
                    battle.setup().ownerUserId(),
                    saved.getOrDefault(room.roomId(), -1L),
                    notBefore(battle),
                    shared,
                    metrics);
            started.add(connector);
            connector.start();
        }
        log.info(
                "Battle {} follows {} LIVE room(s){}",
                battle.id(),
                started.size(),
                saved.isEmpty() ? "" : " from saved cursors " + saved);
        return List.copyOf(started);
    }

    /** Frames older than a minute before the battle's start are skipped (the battle would ignore them anyway). */
    private static long notBefore(BattleView battle) {
        Long startedAt = battle.snapshot().startedAt();
        return startedAt == null ? Long.MIN_VALUE : startedAt - PRE_START_SLACK.toMillis();
    }

    private ConnectionStatus unavailableStatus(RoomBinding room) {
        return new ConnectionStatus(
                room.roomId(), room.username(), ConnectionState.CLOSED, unavailableReason, -1, 0, clock.instant());
    }

    private static List<RoomBinding> rooms(BattleView battle) {
        Map<String, RoomBinding> byId = new LinkedHashMap<>();
        boolean practice = battle.setup().practice() != null;
        boolean simulation = battle.setup().simulation() != null;
        for (SideSetup side : battle.setup().sides()) {
            side.rooms().stream()
                    // agents' rooms are virtual
                    .filter(room ->
                            !(practice && Practice.isAgentRoom(room)) && !(simulation && Simulation.isAgentRoom(room)))
                    .forEach(room -> byId.putIfAbsent(room.roomId(), room));
        }
        return List.copyOf(byId.values());
    }
}
