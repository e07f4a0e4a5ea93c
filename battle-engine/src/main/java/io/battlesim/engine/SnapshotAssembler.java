package io.battlesim.engine;

import io.battlesim.engine.gift.Streak;
import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.powerup.EffectWindows;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.scoring.Gifter;
import io.battlesim.engine.scoring.Saturating;
import io.battlesim.engine.scoring.Snipe;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds immutable snapshots and statistics from the battle's state, on demand (never on the event path). */
final class SnapshotAssembler {

    private final BattleState state;

    private final AudienceDesk audience;

    SnapshotAssembler(BattleState state, AudienceDesk audience) {
        this.state = state;
        this.audience = audience;
    }

    BattleSnapshot snapshot() {
        BattleTime time = state.time;
        boolean started = time.phase != Phase.SCHEDULED;
        boolean ended = time.phase == Phase.ENDED;
        int winner = ended ? state.soleLeader() : -1;
        int leader = state.lead.leader();
        return new BattleSnapshot(
                state.config.battleId(),
                state.version,
                time.phase,
                time.now,
                started ? time.startedAt : null,
                started ? time.endsAt : null,
                ended ? time.endedAt : null,
                time.remaining(),
                state.mirrored,
                sides(),
                pendingStreaks(),
                leader < 0 ? null : state.sideId(leader),
                state.lead.changes(),
                state.lead.timeline(),
                snipes(),
                winner < 0 ? null : state.sideId(winner),
                ended && winner < 0,
                audience.snapshot());
    }

    BattleStatistics statistics() {
        Map<String, List<Gifter>> gifters = new LinkedHashMap<>();
        for (SideState side : state.side) {
            gifters.put(side.id, side.contributions.all());
        }
        return new BattleStatistics(
                snapshot(),
                Collections.unmodifiableMap(gifters),
                state.duplicates,
                state.ignored,
                state.late,
                state.rejected,
                state.inferredCommits);
    }

    private List<BattleSnapshot.Side> sides() {
        long[] pending = pendingPoints();
        List<BattleSnapshot.Side> sides = new ArrayList<>(state.side.length);
        for (int i = 0; i < state.side.length; i++) {
            sides.add(side(i, pending[i]));
        }
        return List.copyOf(sides);
    }

    private BattleSnapshot.Side side(int index, long pendingPoints) {
        SideState side = state.side[index];
        long now = state.time.now;
        long score = state.displayedScore(index);
        List<Gifter> top = side.contributions.top(state.config.topGifters());
        return new BattleSnapshot.Side(
                side.id,
                state.config.side(index).label(),
                score,
                side.ownScore,
                state.mirrorScores ? side.tiktokScore : null,
                state.mirrorScores ? score : Saturating.add(score, pendingPoints),
                side.coins,
                side.likes,
                side.gifts,
                side.effects.multiplier(now),
                side.effects.active(Effect.MIST, now),
                side.effects.active(Effect.FREEZE, now),
                effects(side.effects, now),
                top,
                top.isEmpty() ? null : top.get(0),
                powerUpsUsed(index));
    }

    private long[] pendingPoints() {
        long[] points = new long[state.side.length];
        for (Streak streak : state.streaks.pending()) {
            long factor = state.side[streak.side()].effects.pointsFactor(state.time.now);
            points[streak.side()] = Saturating.add(points[streak.side()], Saturating.multiply(streak.coins(), factor));
        }
        return points;
    }

    private static List<BattleSnapshot.ActiveEffect> effects(EffectWindows windows, long now) {
        List<BattleSnapshot.ActiveEffect> effects = new ArrayList<>();
        for (Effect effect : Effect.values()) {
            if (windows.until(effect) > now) {
                effects.add(new BattleSnapshot.ActiveEffect(
                        effect, windows.from(effect), windows.until(effect), windows.factor(effect)));
            }
        }
        return List.copyOf(effects);
    }

    private Map<PowerUpKind, Integer> powerUpsUsed(int side) {
        Map<PowerUpKind, Integer> used = new EnumMap<>(PowerUpKind.class);
        for (PowerUpKind kind : PowerUpKind.values()) {
            used.put(kind, state.powerUps.uses(kind, side));
        }
        return Collections.unmodifiableMap(used);
    }

    private List<BattleSnapshot.PendingStreak> pendingStreaks() {
        List<BattleSnapshot.PendingStreak> views = new ArrayList<>();
        for (Streak streak : state.streaks.pending()) {
            var event = streak.latest();
            views.add(new BattleSnapshot.PendingStreak(
                    state.sideId(streak.side()),
                    event.roomId(),
                    event.sender().userId(),
                    event.sender().nickname(),
                    event.gift().id(),
                    event.gift().name(),
                    event.gift().diamondCount(),
                    streak.count(),
                    streak.coins(),
                    streak.lastSeenAt()));
        }
        return List.copyOf(views);
    }

    private List<Snipe> snipes() {
        return state.snipes.all();
    }
}
