package io.battlesim.engine;

import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.PowerUpRule;
import io.battlesim.engine.powerup.RejectReason;
import io.battlesim.engine.powerup.TriggeredBy;
import io.battlesim.engine.scoring.Saturating;
import org.jspecify.annotations.Nullable;

/** Checks power-up triggers against the rules and applies their effects (also for TikTok's mirrored cards). */
final class PowerUpDesk {

    private final BattleState state;

    PowerUpDesk(BattleState state) {
        this.state = state;
    }

    ApplyResult onTrigger(PowerUpTriggered trigger) {
        if (!state.seen.add(trigger.eventId())) {
            return state.duplicate();
        }
        BattleTime time = state.time;
        if (time.phase == Phase.SCHEDULED) {
            return state.rejected(RejectReason.NOT_LIVE);
        }
        if (time.phase == Phase.ENDED || trigger.timestamp() >= time.endsAt) {
            return state.late(trigger);
        }
        int side = state.sides.indexOf(trigger.sideId());
        if (side < 0) {
            return state.rejected(RejectReason.UNKNOWN_SIDE);
        }
        long at = Math.max(trigger.timestamp(), time.startedAt);
        RejectReason refusal = state.powerUps.check(trigger.kind(), side, trigger.by(), at);
        if (refusal != null) {
            return state.rejected(refusal);
        }
        fire(trigger.kind(), side, trigger.by(), trigger.actorId(), at);
        return state.applied(at);
    }

    /** Uses a power-up the rules have already allowed: records the use, reports it and applies its effect. */
    void fire(PowerUpKind kind, int side, TriggeredBy by, @Nullable String actorId, long at) {
        PowerUpRule rule = state.powerUps.rule(kind);
        state.powerUps.record(kind, side, at);
        state.changes.add(new Change.PowerUpActivated(kind, state.sideId(side), by, actorId, at));
        long length = kind == PowerUpKind.TIME_MAKER
                ? rule.extension().toMillis()
                : rule.window().toMillis();
        activate(kind, side, at, length, rule.multiplier());
    }

    /** Applies a power-up's effect: a window of {@code length} ms, or for a time maker {@code length} ms more. */
    void activate(PowerUpKind kind, int side, long at, long length, int multiplier) {
        long until = Saturating.add(at, length);
        switch (kind) {
            case BOOSTING_GLOVE -> open(side, Effect.BOOST, at, until, multiplier);
            case MAGIC_MIST -> open(side, Effect.MIST, at, until, 1);
            case STUN_HAMMER -> freezeOpponents(side, at, until);
            case TIME_MAKER -> extend(length);
        }
        state.time.observe(at);
        state.markEffectsAnnounced();
    }

    /** Opens an effect window on a side and reports it. */
    void open(int side, Effect effect, long from, long until, int factor) {
        state.side[side].effects.open(effect, from, until, factor);
        state.changes.add(new Change.EffectOpened(state.sideId(side), effect, from, until, factor));
    }

    private void freezeOpponents(int side, long from, long until) {
        for (int other = 0; other < state.side.length; other++) {
            if (other != side) {
                open(other, Effect.FREEZE, from, until, 0);
            }
        }
    }

    private void extend(long millis) {
        state.time.extend(millis);
        state.changes.add(new Change.TimerChanged(state.time.startedAt, state.time.endsAt));
    }
}
