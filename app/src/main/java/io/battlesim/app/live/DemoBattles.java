package io.battlesim.app.live;

import io.battlesim.app.battle.BattleFinished;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleRules;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleView;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.battle.SourceKind;
import io.battlesim.app.tiktok.TikTokConnection;
import io.battlesim.app.tiktok.TikTokMode;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.LikeGoal;
import io.battlesim.engine.powerup.PowerUpKind;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Emulator mode: a battle between two sandbox creators is always on, so a newcomer can watch one at once. At start
 * a running demo battle (resumed from its log) is adopted, else "Demo: Ava Sparks vs Leo Beats" is created and
 * started (LIVE_API, both rooms looked up through the {@link RoomDirectory}, 5 minutes); a new one starts 20
 * seconds after each ends. Off with {@code app.live.demo-battle=false}, and always off in real mode.
 */
@Service
public class DemoBattles {

    /** The demo battle's title. */
    public static final String TITLE = "Demo: Ava Sparks vs Leo Beats";

    /**
     * The demo shows audience interaction at work: the emulator's viewers type vote commands in the chat, and goals
     * low enough that a five-minute round fires a few boosters.
     */
    private static final AudienceRules DEMO_AUDIENCE = demoAudience();

    private static final Logger log = LoggerFactory.getLogger(DemoBattles.class);
    private static final List<String> CREATORS = List.of("ava.sparks", "leo.beats");
    private static final Duration FIRST_START = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final BattleManagement battles;
    private final RoomDirectory rooms;
    private final LiveSettings settings;
    private final boolean enabled;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("demo-battles").factory());
    private volatile @Nullable String current;

    DemoBattles(BattleManagement battles, RoomDirectory rooms, LiveSettings settings, TikTokConnection connection) {
        this.battles = battles;
        this.rooms = rooms;
        this.settings = settings;
        this.enabled = settings.demoBattle() && connection.mode() == TikTokMode.EMULATOR;
    }

    /**
     * The demo battle to link to: the running one, or between two rounds the one that just ended.
     *
     * @return its id; empty when demos are off or none has started yet
     */
    public Optional<String> current() {
        return Optional.ofNullable(current);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (enabled) {
            schedule(this::adoptOrStart, FIRST_START);
        }
    }

    @EventListener
    void on(BattleFinished finished) {
        if (enabled && finished.battleId().equals(current)) {
            log.info(
                    "Demo battle {} finished; the next one starts in {} s",
                    finished.battleId(),
                    settings.demoRestartDelay().toSeconds());
            schedule(this::startNew, settings.demoRestartDelay());
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    private void adoptOrStart() {
        Optional<BattleView> running =
                battles.running().stream().filter(DemoBattles::isDemo).findFirst();
        if (running.isPresent()) {
            current = running.get().id();
            log.info("Demo battle {} resumed", current);
            return;
        }
        startNew();
    }

    private void startNew() {
        try {
            List<SideSetup> sides = new ArrayList<>();
            for (String creator : CREATORS) {
                RoomLookup lookup = rooms.lookup(creator);
                if (!(lookup instanceof RoomLookup.Live live)) {
                    log.warn(
                            "No demo battle for now: {} is not LIVE ({}); trying again in {} s",
                            creator,
                            lookup,
                            RETRY.toSeconds());
                    schedule(this::startNew, RETRY);
                    return;
                }
                sides.add(new SideSetup(live.displayName(), List.of(live.room())));
            }
            BattleRules rules =
                    BattleRules.defaults().withDuration(settings.demoDuration()).withAudience(DEMO_AUDIENCE);
            BattleView created = battles.create(new BattleSetup(TITLE, sides, rules, SourceKind.LIVE_API, null));
            battles.start(created.id());
            current = created.id();
            log.info("Demo battle {} started: {}", created.id(), TITLE);
        } catch (RuntimeException e) {
            log.warn("Starting a demo battle failed; trying again in {} s", RETRY.toSeconds(), e);
            schedule(this::startNew, RETRY);
        }
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    private static boolean isDemo(BattleView battle) {
        return battle.title().equals(TITLE)
                && battle.setup().ownerUserId() == null
                && battle.setup().source() == SourceKind.LIVE_API;
    }

    private static AudienceRules demoAudience() {
        Map<PowerUpKind, BoosterGoal> goals = new EnumMap<>(PowerUpKind.class);
        goals.put(PowerUpKind.BOOSTING_GLOVE, new BoosterGoal(10, Duration.ofMinutes(1)));
        goals.put(PowerUpKind.MAGIC_MIST, new BoosterGoal(10, Duration.ofMinutes(1)));
        goals.put(PowerUpKind.STUN_HAMMER, new BoosterGoal(12, Duration.ofMinutes(1)));
        goals.put(PowerUpKind.TIME_MAKER, new BoosterGoal(8, Duration.ofMinutes(1)));
        AudienceRules standard = AudienceRules.standard();
        return new AudienceRules(
                true,
                standard.voteWindow(),
                1,
                goals,
                true,
                standard.chatSyntax(),
                new LikeGoal(500, PowerUpKind.BOOSTING_GLOVE),
                null);
    }
}
