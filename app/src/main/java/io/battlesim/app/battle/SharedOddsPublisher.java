package io.battlesim.app.battle;

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
 * Cluster mode: once a second, estimates and shares the odds of every battle this node runs that another node has
 * viewers of (see {@link OddsShare}).
 */
@Component
@OnClusterMode
class SharedOddsPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SharedOddsPublisher.class);
    private static final long PERIOD_MILLIS = 1_000;

    private final RunningBattles running;
    private final BattleOdds odds;
    private final OddsShare share;
    private volatile ScheduledExecutorService timer;

    SharedOddsPublisher(RunningBattles running, BattleOdds odds, OddsShare share) {
        this.running = running;
        this.odds = odds;
        this.share = share;
    }

    void publish() {
        for (RunningBattle battle : List.copyOf(running.all())) {
            try {
                if (!battle.closed() && share.watchedElsewhere(battle.id())) {
                    odds.estimate(battle.id()).ifPresent(share::publish);
                }
            } catch (RuntimeException e) {
                log.warn("Odds of battle {} could not be shared: {}", battle.id(), e.toString());
            }
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("shared-odds").daemon().factory());
        executor.scheduleWithFixedDelay(this::publish, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
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
}
