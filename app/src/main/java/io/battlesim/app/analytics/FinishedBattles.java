package io.battlesim.app.analytics;

import io.battlesim.app.analytics.persistence.AnalyticsStore;
import io.battlesim.app.battle.BattleFinished;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.BattleSummary;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes a battle's analytics when it ends, one battle at a time off the battle's writer (the event is published
 * on it), and at start-up for the latest finished battles that have none yet (they ended before analytics existed,
 * or while the app stopped). A page asked for before they are ready computes them itself.
 */
@Component
class FinishedBattles {

    private static final Logger log = LoggerFactory.getLogger(FinishedBattles.class);
    private static final int BACKFILL = 500;

    private final BattleAnalyses analyses;
    private final BattleManagement battles;
    private final AnalyticsStore store;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("battle-analytics").daemon().factory());

    FinishedBattles(BattleAnalyses analyses, BattleManagement battles, AnalyticsStore store) {
        this.analyses = analyses;
        this.battles = battles;
        this.store = store;
    }

    @EventListener
    void on(BattleFinished finished) {
        submit(finished.battleId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        List<String> ids =
                battles.history(BACKFILL).stream().map(BattleSummary::id).toList();
        Set<String> stored = store.stored(ids);
        ids.stream().filter(id -> !stored.contains(id)).forEach(this::submit);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void submit(String battleId) {
        try {
            worker.execute(() -> {
                try {
                    analyses.computeAndStore(battleId);
                } catch (RuntimeException e) {
                    log.warn(
                            "Computing the analytics of battle {} failed; they are computed on first read",
                            battleId,
                            e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            log.debug("Analytics of battle {} left for its first read: shutting down", battleId);
        }
    }
}
