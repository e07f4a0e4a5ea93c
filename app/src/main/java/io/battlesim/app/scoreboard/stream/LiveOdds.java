package io.battlesim.app.scoreboard.stream;

import io.battlesim.app.battle.BattleOdds;
import io.battlesim.app.scoreboard.view.OddsView;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends every watched battle's win probability to its scoreboards and overlays about once a second, as an {@code
 * odds} event. The rollouts run on a thread of their own, so neither a battle's writer nor the streams' fan-out
 * waits for them; a slow round delays the next one instead of piling up.
 */
@Component
class LiveOdds implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveOdds.class);

    private final BattleBroadcasters broadcasters;
    private final BattleOdds odds;
    private final Duration interval;
    private volatile ScheduledExecutorService timer;
    private volatile boolean running;

    LiveOdds(
            BattleBroadcasters broadcasters,
            BattleOdds odds,
            @Value("${app.scoreboard.odds-interval:1s}") Duration interval) {
        this.broadcasters = broadcasters;
        this.odds = odds;
        this.interval = interval;
        this.timer = newTimer();
    }

    private static ScheduledExecutorService newTimer() {
        return Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("live-odds").daemon().factory());
    }

    /** Estimates and sends the odds of every watched battle once. */
    void publish() {
        for (String battleId : broadcasters.watched()) {
            try {
                odds.estimate(battleId)
                        .ifPresent(estimate -> broadcasters.publishOdds(battleId, OddsView.of(estimate)));
            } catch (RuntimeException e) {
                log.warn("Odds of battle {} could not be estimated: {}", battleId, e.toString());
            }
        }
    }

    @Override
    public void start() {
        if (timer.isShutdown()) {
            timer = newTimer();
        }
        long millis = Math.max(100, interval.toMillis());
        timer.scheduleWithFixedDelay(this::publish, millis, millis, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        timer.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
