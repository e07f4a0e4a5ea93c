package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleRepository;
import io.battlesim.app.battle.persistence.BattleResultRow;
import io.battlesim.app.battle.persistence.BattleRow;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.BattleStatistics;
import io.battlesim.engine.scoring.Saturating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Saves an ended battle's result and summary, then publishes {@link BattleFinished}. */
@Component
class BattleFinisher {

    private static final Logger log = LoggerFactory.getLogger(BattleFinisher.class);
    private static final int ATTEMPTS = 5;

    private final BattleRepository repository;
    private final ApplicationEventPublisher events;

    BattleFinisher(BattleRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Saves the result (retrying a few times); false when it could not be saved (the battle stays LIVE). */
    boolean finish(BattleRow row, BattleStatistics statistics) {
        BattleResultRow result = result(row, statistics);
        Instant endedAt = result.summary().endedAt() == null
                ? Instant.now()
                : result.summary().endedAt();
        BattleTally.Outcome outcome = !row.setup().simulated() ? outcome(row, statistics.snapshot(), endedAt) : null;
        if (!save(result, endedAt, outcome)) {
            return false;
        }
        log.info("Battle {} ended: winner {}, scores {}", row.id(), result.winnerSideId(), result.scores());
        try {
            events.publishEvent(new BattleFinished(row.id(), result.winnerSideId()));
        } catch (RuntimeException e) {
            log.warn("A listener of BattleFinished failed for battle {}", row.id(), e);
        }
        return true;
    }

    static BattleResultRow result(BattleRow row, BattleStatistics statistics) {
        BattleSnapshot snapshot = statistics.snapshot();
        Map<String, Long> scores = new LinkedHashMap<>();
        List<SideResult> sides = snapshot.sides().stream()
                .map(side -> new SideResult(side.id(), side.label(), side.score(), side.topGifters()))
                .toList();
        sides.forEach(side -> scores.put(side.sideId(), side.score()));
        Instant startedAt = snapshot.startedAt() != null
                ? Instant.ofEpochMilli(snapshot.startedAt())
                : row.startedAt() != null ? row.startedAt() : row.createdAt();
        Instant endedAt = snapshot.endedAt() == null ? null : Instant.ofEpochMilli(snapshot.endedAt());
        long seconds = endedAt == null
                ? 0
                : Math.max(0, Duration.between(startedAt, endedAt).toSeconds());
        var summary = new BattleSummary(
                row.id(),
                row.title(),
                startedAt,
                endedAt,
                seconds,
                sides,
                label(snapshot, snapshot.winner()),
                snapshot.tie());
        return new BattleResultRow(row.id(), snapshot.winner(), snapshot.tie(), scores, statistics, summary);
    }

    /** How the battle ended for each creator (a team side's creators share its result). */
    static BattleTally.Outcome outcome(BattleRow row, BattleSnapshot snapshot, Instant endedAt) {
        List<BattleTally.CreatorResult> creators = new ArrayList<>();
        List<BattleSnapshot.Side> sides = snapshot.sides();
        for (int i = 0; i < sides.size() && i < row.setup().sides().size(); i++) {
            long score = sides.get(i).score();
            long best = Long.MIN_VALUE;
            for (int j = 0; j < sides.size(); j++) {
                if (j != i) {
                    best = Math.max(best, sides.get(j).score());
                }
            }
            long margin = best == Long.MIN_VALUE ? 0 : Saturating.add(score, -best);
            BattleTally.Result outcome = snapshot.tie() && margin == 0
                    ? BattleTally.Result.TIE
                    : sides.get(i).id().equals(snapshot.winner()) ? BattleTally.Result.WIN : BattleTally.Result.LOSS;
            for (RoomBinding room : row.setup().sides().get(i).rooms()) {
                creators.add(new BattleTally.CreatorResult(
                        room.username().toLowerCase(Locale.ROOT), outcome, score, margin));
            }
        }
        return new BattleTally.Outcome(row.id(), LocalDate.ofInstant(endedAt, ZoneOffset.UTC), creators);
    }

    /** Practice battles add nothing to the creators' records: no outcome tally. */
    private boolean save(BattleResultRow result, Instant endedAt, BattleTally.@Nullable Outcome outcome) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                repository.finish(result, endedAt, outcome);
                return true;
            } catch (RuntimeException e) {
                log.warn(
                        "Saving the result of battle {} failed (attempt {} of {})",
                        result.battleId(),
                        attempt,
                        ATTEMPTS,
                        e);
                pause(Duration.ofMillis(200L * attempt));
            }
        }
        log.error(
                "The result of battle {} could not be saved; it will be finished again from its log",
                result.battleId());
        return false;
    }

    private static @Nullable String label(BattleSnapshot snapshot, @Nullable String sideId) {
        if (sideId == null) {
            return null;
        }
        BattleSnapshot.Side side = snapshot.side(sideId);
        return side == null ? null : side.label();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
