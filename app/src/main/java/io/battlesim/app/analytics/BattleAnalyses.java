package io.battlesim.app.analytics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.battlesim.app.analytics.compute.AnalyticsCalculator;
import io.battlesim.app.analytics.compute.BattleAnalytics;
import io.battlesim.app.analytics.persistence.AnalyticsStore;
import io.battlesim.app.battle.BattleHistory;
import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.RoomBinding;
import io.battlesim.app.battle.SideSetup;
import io.battlesim.app.leaderboard.Leaderboards;
import io.battlesim.engine.BattleConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A battle's analytics: stored ones as they are, a finished battle's computed from its log and stored on first
 * read, a running battle's computed from its log on request (never stored: they change). What was computed is kept
 * for {@value #RECOMPUTE_AFTER_SECONDS} seconds, and requests for the same battle meanwhile share one computation, so
 * a busy page of a long running battle replays its log at most that often.
 */
@Service
public class BattleAnalyses {

    static final int RECOMPUTE_AFTER_SECONDS = 5;

    private final BattleHistory history;
    private final AnalyticsStore store;
    private final Clock clock;
    private final Cache<String, BattleAnalytics> computed = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(RECOMPUTE_AFTER_SECONDS))
            .maximumSize(100)
            .build();

    BattleAnalyses(BattleHistory history, AnalyticsStore store, ObjectProvider<Clock> clock) {
        this.history = history;
        this.store = store;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The battle's analytics, or empty for an unknown battle. */
    public Optional<BattleAnalytics> of(String battleId) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        Optional<BattleAnalytics> stored = store.find(battleId);
        if (stored.isPresent()) {
            return stored;
        }
        return Optional.ofNullable(computed.get(battleId, this::computeAndStoreIfFinished));
    }

    private @Nullable BattleAnalytics computeAndStoreIfFinished(String battleId) {
        return compute(battleId)
                .map(result -> {
                    if (result.analytics().finished()) {
                        store.save(result, clock.instant());
                    }
                    return result.analytics();
                })
                .orElse(null);
    }

    /** Computes a finished battle's analytics and stores them, unless stored already. */
    void computeAndStore(String battleId) {
        if (store.find(battleId).isEmpty()) {
            compute(battleId)
                    .filter(computed -> computed.analytics().finished())
                    .ifPresent(computed -> store.save(computed, clock.instant()));
        }
    }

    private Optional<AnalyticsCalculator.Computed> compute(String battleId) {
        return history.open(battleId).map(replay -> {
            var calculator = new AnalyticsCalculator(
                    battleId, replay.setup().title(), replay.config(), sides(replay.setup(), replay.config()));
            var statistics = replay.run(step -> calculator.apply(step.event(), step.changes(), step::snapshot));
            return calculator.finish(statistics);
        });
    }

    /** The setup's sides with the engine's side ids (configuration order) and their creators' rooms. */
    static List<AnalyticsCalculator.SideInput> sides(BattleSetup setup, BattleConfig config) {
        List<AnalyticsCalculator.SideInput> sides = new ArrayList<>();
        for (int i = 0; i < setup.sides().size() && i < config.sides().size(); i++) {
            SideSetup side = setup.sides().get(i);
            List<AnalyticsCalculator.Room> rooms = new ArrayList<>();
            for (RoomBinding room : side.rooms()) {
                rooms.add(new AnalyticsCalculator.Room(Leaderboards.normalise(room.username()), room.roomId()));
            }
            sides.add(new AnalyticsCalculator.SideInput(config.side(i).id(), side.label(), rooms));
        }
        return sides;
    }
}
