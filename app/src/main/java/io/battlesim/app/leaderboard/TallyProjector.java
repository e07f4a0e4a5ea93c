package io.battlesim.app.leaderboard;

import io.battlesim.app.leaderboard.totals.BoardTotals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Adds what battles committed to the boards every {@code app.leaderboard.refresh-interval}, off the battles'
 * writers (their transaction only stores the tally), then tells the live overlays which boards changed. A failed
 * round leaves the tallies where they were; the next round takes them again.
 */
@Component
class TallyProjector {

    private static final Logger log = LoggerFactory.getLogger(TallyProjector.class);

    private final BoardTotals totals;
    private final Leaderboards leaderboards;
    private final ApplicationEventPublisher events;

    TallyProjector(BoardTotals totals, Leaderboards leaderboards, ApplicationEventPublisher events) {
        this.totals = totals;
        this.leaderboards = leaderboards;
        this.events = events;
    }

    @Scheduled(
            initialDelayString = "${app.leaderboard.refresh-interval:1s}",
            fixedDelayString = "${app.leaderboard.refresh-interval:1s}")
    void project() {
        try {
            BoardTotals.Changed changed = totals.drainAll();
            if (!changed.isEmpty()) {
                events.publishEvent(new LeaderboardsChanged(changed.battles(), changed.creators()));
            }
        } catch (RuntimeException e) {
            log.warn("Adding battle tallies to the leaderboards failed; trying again next round", e);
        }
    }
}
