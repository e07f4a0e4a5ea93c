package io.battlesim.engine;

import io.battlesim.engine.event.ArmiesUpdated;
import io.battlesim.engine.event.BattleFinished;
import io.battlesim.engine.event.BattleStarted;
import io.battlesim.engine.event.CardUsed;
import io.battlesim.engine.event.MirrorEvent;
import io.battlesim.engine.event.MultiplierWindow;
import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.scoring.Saturating;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mirror mode: TikTok's own match events drive the timer and the displayed scores; our own tally keeps running
 * as the fallback and feeds the supporter lists.
 */
final class MirrorDesk {

    private final BattleState state;
    private final Clockwork clockwork;
    private final PowerUpDesk powerUps;

    MirrorDesk(BattleState state, Clockwork clockwork, PowerUpDesk powerUps) {
        this.state = state;
        this.clockwork = clockwork;
        this.powerUps = powerUps;
    }

    ApplyResult onMirror(MirrorEvent event) {
        if (!state.seen.add(event.eventId())) {
            return state.duplicate();
        }
        if (state.time.phase == Phase.ENDED) {
            return state.late(event);
        }
        if (event instanceof BattleStarted started) {
            return onStarted(started);
        }
        if (state.time.phase == Phase.SCHEDULED) {
            return state.ignored(IgnoreReason.NOT_STARTED);
        }
        return switch (event) {
            case BattleStarted started -> onStarted(started);
            case ArmiesUpdated armies -> onArmies(armies);
            case MultiplierWindow window -> onWindow(window);
            case CardUsed card -> onCard(card);
            case BattleFinished finished -> onFinished(finished);
        };
    }

    private ApplyResult onStarted(BattleStarted started) {
        state.mirrored = true;
        if (state.time.phase == Phase.SCHEDULED) {
            clockwork.begin(started.startedAt(), started.durationMillis());
        } else {
            state.time.retime(started.startedAt(), started.durationMillis());
            state.changes.add(new Change.TimerChanged(state.time.startedAt, state.time.endsAt));
        }
        return state.applied(started.timestamp());
    }

    private ApplyResult onArmies(ArmiesUpdated armies) {
        if (armies.timestamp() < state.lastArmiesAt) {
            return state.ignored(IgnoreReason.STALE_SCORES);
        }
        if (!takeScores(armies.pointsByUserId())) {
            return state.ignored(IgnoreReason.UNKNOWN_RECEIVER);
        }
        state.lastArmiesAt = armies.timestamp();
        if (state.lead.afterUpdate(state.displayedScores(), armies.timestamp())) {
            int leader = state.lead.leader();
            state.changes.add(
                    new Change.LeadTaken(state.sideId(leader), state.displayedScore(leader), armies.timestamp()));
        }
        return state.applied(armies.timestamp());
    }

    private ApplyResult onWindow(MultiplierWindow window) {
        int side = state.sides.ofUser(window.userId());
        if (side < 0) {
            return state.ignored(IgnoreReason.UNKNOWN_RECEIVER);
        }
        state.mirrored = true;
        powerUps.open(side, Effect.TASK_MULTIPLIER, window.startsAt(), window.endsAt(), window.multiplier());
        state.time.observe(window.timestamp());
        state.markEffectsAnnounced();
        return state.applied(window.timestamp());
    }

    private ApplyResult onCard(CardUsed card) {
        int side = state.sides.ofUser(card.userId());
        if (side < 0) {
            return state.ignored(IgnoreReason.UNKNOWN_RECEIVER);
        }
        state.mirrored = true;
        state.powerUps.record(card.card(), side, card.timestamp());
        state.changes.add(
                new Change.PowerUpActivated(card.card(), state.sideId(side), null, card.userId(), card.timestamp()));
        int glove = state.powerUps.rule(PowerUpKind.BOOSTING_GLOVE).multiplier();
        powerUps.activate(card.card(), side, card.timestamp(), card.durationMillis(), glove);
        return state.applied(card.timestamp());
    }

    private ApplyResult onFinished(BattleFinished finished) {
        state.mirrored = true;
        takeScores(finished.pointsByUserId());
        state.time.observe(finished.timestamp());
        clockwork.finish(Math.max(finished.timestamp(), state.time.startedAt));
        return state.applied(finished.timestamp());
    }

    /** Sums TikTok's points per creator into side scores; false when no creator of the battle is named. */
    private boolean takeScores(Map<String, Long> pointsByUserId) {
        long[] sums = new long[state.side.length];
        boolean matched = false;
        for (Map.Entry<String, Long> entry : pointsByUserId.entrySet()) {
            int side = state.sides.ofUser(entry.getKey());
            if (side >= 0) {
                sums[side] = Saturating.add(sums[side], entry.getValue());
                matched = true;
            }
        }
        if (!matched) {
            return false;
        }
        Map<String, Long> bySide = new LinkedHashMap<>();
        for (int i = 0; i < sums.length; i++) {
            state.side[i].tiktokScore = sums[i];
            bySide.put(state.sideId(i), sums[i]);
        }
        state.mirrorScores = true;
        state.mirrored = true;
        state.changes.add(new Change.MirrorScoresUpdated(Collections.unmodifiableMap(bySide)));
        return true;
    }
}
