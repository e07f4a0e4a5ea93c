package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleRow;
import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.Phase;
import io.battlesim.engine.event.Resume;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The LIVE battles of this process: launching, resuming from the log (at start-up, or on first use if a request
 * comes first), the shared timer that ticks every battle, and stopping the writers at shutdown (after the web
 * server stopped taking requests).
 */
@Component
class RunningBattles implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunningBattles.class);
    private static final Duration RESUME_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration IDLE_CHANNEL = Duration.ofMinutes(10);

    private final ConcurrentHashMap<String, RunningBattle> battles = new ConcurrentHashMap<>();
    private final Object lifecycle = new Object();
    private final BattleRuntime runtime;
    private final ApplicationEventPublisher events;
    private volatile @Nullable ScheduledExecutorService timers;

    RunningBattles(BattleRuntime runtime, ApplicationEventPublisher events) {
        this.runtime = runtime;
        this.events = events;
    }

    @Nullable
    RunningBattle get(String battleId) {
        return battles.get(battleId);
    }

    Collection<RunningBattle> all() {
        return battles.values();
    }

    /** Runs a battle that was just marked LIVE; its log is empty. */
    RunningBattle launch(BattleRow row) {
        synchronized (lifecycle) {
            BattleConfig config = BattleConfigs.toConfig(row.id(), row.setup());
            long fence = runtime.leases()
                    .acquire(row.id())
                    .orElseThrow(() -> new BattleUnavailableException("another node runs this battle", null));
            var battle = new RunningBattle(
                    row, config, new Battle(config), 0, new CommitWindow(), runtime, fence, this::closed);
            battles.put(row.id(), battle);
            battle.start();
            return battle;
        }
    }

    /**
     * The running battle of a LIVE row, rebuilt from its log if this process does not run it yet: replayed, resumed
     * at "now" (streaks still open get their whole timeout again), then ticked at "now" (which ends it if its time
     * ran out while the app was down). Publishes {@link BattleResumed} when it goes on. In cluster mode it first
     * claims the battle's lease, and answers null while another live node runs it.
     */
    @Nullable
    RunningBattle resume(BattleRow row) {
        RunningBattle existing = battles.get(row.id());
        if (existing != null) {
            return existing;
        }
        RunningBattle battle;
        boolean started;
        synchronized (lifecycle) {
            existing = battles.get(row.id());
            if (existing != null) {
                return existing;
            }
            if (runtime.leases().ownerUrl(row.id()).isPresent()) {
                return null; // a live node runs it: no need to contend for its lease row
            }
            OptionalLong lease = runtime.leases().acquire(row.id());
            if (lease.isEmpty()) {
                return null;
            }
            BattleConfig config = BattleConfigs.toConfig(row.id(), row.setup());
            Battle engine = new Battle(config);
            long[] last = {0};
            CommitWindow commits = new CommitWindow();
            runtime.log().readAll(row.id(), entry -> {
                if (engine.apply(entry.event()) instanceof ApplyResult.Applied applied) {
                    commits.addAll(applied.changes());
                }
                last[0] = entry.seq();
            });
            started = engine.phase() != Phase.SCHEDULED;
            battle = new RunningBattle(row, config, engine, last[0], commits, runtime, lease.getAsLong(), this::closed);
            if (started) {
                // Queued before anyone can reach the battle (a tick or an event), so open streaks get their timeout
                // again from now rather than being finalised at once for the downtime. Logged like any event.
                battle.enqueue(new Resume(runtime.clock().millis()));
            }
            battles.put(row.id(), battle);
            battle.start();
            log.info("Battle {} rebuilt from {} logged events", row.id(), last[0]);
        }
        if (!started && row.startedAt() != null) {
            battle.enqueue(new Start(row.startedAt().toEpochMilli()));
        }
        awaitResumeTick(battle);
        if (battle.snapshot().phase().running()) {
            events.publishEvent(new BattleResumed(row.id()));
        } else {
            awaitFinished(battle);
        }
        return battle;
    }

    /**
     * Stops this node's writer of a battle without ending it (its lease went to another node), so nothing more is
     * written here.
     */
    void evict(String battleId) {
        RunningBattle battle = battles.get(battleId);
        if (battle != null) {
            log.warn("Battle {} is no longer this node's: its writer stops", battleId);
            battle.evict();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAll() {
        if (runtime.leases().clustered()) {
            return; // the lease keeper takes the battles no live node holds
        }
        List<String> ids = runtime.repository().liveIds();
        for (String id : ids) {
            try {
                runtime.repository().find(id).ifPresent(this::resume);
            } catch (RuntimeException e) {
                log.error("Battle {} could not be resumed", id, e);
            }
        }
        if (!ids.isEmpty()) {
            log.info("Resumed {} LIVE battle(s) from their logs", ids.size());
        }
    }

    void detachOwner(long userId) {
        battles.values().forEach(battle -> battle.detachOwner(userId));
    }

    @Override
    public void start() {
        synchronized (lifecycle) {
            if (timers != null) {
                return;
            }
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("battle-timers").daemon().factory());
            long interval = runtime.settings().tickInterval().toMillis();
            executor.scheduleAtFixedRate(this::tickAll, interval, interval, TimeUnit.MILLISECONDS);
            executor.scheduleWithFixedDelay(this::dropIdleChannels, 1, 1, TimeUnit.MINUTES);
            timers = executor;
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor;
        synchronized (lifecycle) {
            executor = timers;
            timers = null;
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        List<RunningBattle> stopping = List.copyOf(battles.values());
        stopping.forEach(RunningBattle::stop);
        for (RunningBattle battle : stopping) {
            try {
                if (!battle.awaitStopped(Duration.ofSeconds(10))) {
                    log.warn("The writer of battle {} did not stop in time", battle.id());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return timers != null;
    }

    /** Stops after the web server (graceful shutdown phase), so in-flight requests still reach the writers. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void tickAll() {
        try {
            long now = runtime.clock().millis();
            for (RunningBattle battle : battles.values()) {
                battle.tick(now);
            }
        } catch (RuntimeException e) {
            log.warn("Ticking the battles failed", e);
        }
    }

    private void dropIdleChannels() {
        try {
            runtime.updates().dropIdle(IDLE_CHANNEL, battles::containsKey);
        } catch (RuntimeException e) {
            log.warn("Dropping idle update channels failed", e);
        }
    }

    private void awaitResumeTick(RunningBattle battle) {
        try {
            ApplyResult ignored = battle.enqueue(new Tick(runtime.clock().millis()))
                    .get(RESUME_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("The resume tick of battle {} failed: {}", battle.id(), e.toString());
        }
    }

    /** Its time ran out while the app was down: wait until the result is saved, so readers see it ended. */
    private void awaitFinished(RunningBattle battle) {
        try {
            battle.finished().get(RESUME_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Battle {} did not finish after its resume: {}", battle.id(), e.toString());
        }
    }

    private void closed(RunningBattle battle) {
        battles.remove(battle.id(), battle);
        if (battle.movedAway()) {
            try {
                events.publishEvent(new BattleMoved(battle.id()));
            } catch (RuntimeException e) {
                log.warn("A listener of BattleMoved failed for battle {}", battle.id(), e);
            }
        }
    }
}
