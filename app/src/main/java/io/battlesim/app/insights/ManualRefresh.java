package io.battlesim.app.insights;

import io.battlesim.app.insights.store.SnapshotRun;
import io.battlesim.app.insights.store.SnapshotRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * "Refresh now": a creator's snapshot taken at once, in the background, at most once per {@code
 * app.insights.manual-refresh-every} (each one walks every page of their videos through TikTok's rate limit).
 */
@Service
public class ManualRefresh {

    private static final Logger log = LoggerFactory.getLogger(ManualRefresh.class);

    private final SnapshotTaker taker;
    private final SnapshotRuns runs;
    private final InsightSettings settings;
    private final Clock clock;

    ManualRefresh(SnapshotTaker taker, SnapshotRuns runs, InsightSettings settings, ObjectProvider<Clock> clock) {
        this.taker = taker;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** What became of a request. */
    public sealed interface Answer {
        /** The snapshot started. */
        record Started() implements Answer {}

        /** One is running already. */
        record AlreadyRunning() implements Answer {}

        /** Too soon after the last one; allowed again at {@code nextAllowed}, {@code retryAfter} from now. */
        record TooSoon(Instant nextAllowed, Duration retryAfter) implements Answer {}
    }

    public Answer request(long userId) {
        Instant now = clock.instant();
        Optional<SnapshotRun> known = runs.find(userId);
        Optional<Instant> allowed =
                known.map(SnapshotRun::lastManualAt).map(at -> at.plus(settings.manualRefreshEvery()));
        if (allowed.isPresent() && allowed.get().isAfter(now)) {
            return new Answer.TooSoon(allowed.get(), Duration.between(now, allowed.get()));
        }
        if (taker.running(userId) || runs.claimed(userId, now) || !noteRequest(userId, known.isPresent(), now)) {
            // the scheduled snapshot, or a refresh asked for on another node a moment ago, is being taken
            return new Answer.AlreadyRunning();
        }
        Thread.ofVirtual().name("insights-refresh-" + userId).start(() -> {
            try {
                taker.take(userId, true);
            } catch (RuntimeException e) {
                log.warn("Refresh of user {}'s insights failed: {}", userId, e.toString());
            }
        });
        return new Answer.Started();
    }

    /** Stores the request's time; false when a request on another node got there first. */
    private boolean noteRequest(long userId, boolean known, Instant now) {
        if (known) {
            return runs.markManual(userId, now, now.minus(settings.manualRefreshEvery()));
        }
        SnapshotRun fresh = SnapshotRun.fresh(userId, LocalDate.ofInstant(now, ZoneOffset.UTC), now);
        return runs.create(fresh.withManual(now), now);
    }
}
