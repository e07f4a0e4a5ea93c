package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleRepository;
import io.battlesim.app.cluster.ClusterSettings;
import io.battlesim.app.cluster.OnClusterMode;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Cluster mode's writer leases, every {@code app.cluster.renew-every}: records this node's heartbeat, renews the
 * lease of every battle this node runs (stopping the writer of any lease another node took), and takes over the
 * LIVE battles no live node holds, rebuilding each from its log (its live sources reconnect on {@link
 * BattleResumed}). A node that dies stops renewing, so its battles move within the lease's time to live.
 */
@Component
@OnClusterMode
class LeaseKeeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final BattleLeases leases;
    private final RunningBattles running;
    private final BattleRepository repository;
    private final long periodMillis;
    private volatile boolean paused;
    private volatile ScheduledExecutorService timer;

    LeaseKeeper(BattleLeases leases, RunningBattles running, BattleRepository repository, ClusterSettings settings) {
        this.leases = leases;
        this.running = running;
        this.repository = repository;
        this.periodMillis = settings.renewEvery().toMillis();
    }

    /** One round: heartbeat, renewals, take-overs. */
    void round() {
        if (paused) {
            return;
        }
        try {
            leases.heartbeat();
            for (RunningBattle battle : List.copyOf(running.all())) {
                if (!battle.closed() && !leases.renew(battle.id(), battle.fence())) {
                    running.evict(battle.id());
                }
            }
            for (String orphan : leases.orphans()) {
                repository.find(orphan).ifPresent(row -> {
                    if (running.resume(row) != null) {
                        log.info("Took over battle {} (no live node held it)", orphan);
                    }
                });
            }
        } catch (RuntimeException e) {
            log.warn("A lease round failed: {}", e.toString());
        }
    }

    /**
     * Stops renewing and taking over, as a frozen node would (a test of fencing); the writers keep running until an
     * append is refused.
     */
    void pause(boolean pause) {
        this.paused = pause;
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("battle-leases").daemon().factory());
        executor.scheduleWithFixedDelay(this::round, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        timer = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = timer;
        timer = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    /** Stops before the battles' writers (which release their leases as they close). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }
}
