package io.battlesim.engine;

import io.battlesim.engine.event.End;
import io.battlesim.engine.event.Resume;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import io.battlesim.engine.gift.Streak;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starts, ticks, resumes and ends the battle: phases, streak timeouts, effect windows running out, the result. */
final class Clockwork {

    private final BattleState state;
    private final Scoring scoring;
    private final List<Streak> finalised = new ArrayList<>();

    Clockwork(BattleState state, Scoring scoring) {
        this.state = state;
        this.scoring = scoring;
    }

    ApplyResult onStart(Start start) {
        if (state.time.phase != Phase.SCHEDULED) {
            return state.ignored(
                    state.time.phase == Phase.ENDED ? IgnoreReason.ALREADY_ENDED : IgnoreReason.ALREADY_STARTED);
        }
        begin(start.timestamp(), state.time.durationMillis);
        return state.applied(start.timestamp());
    }

    ApplyResult onTick(Tick tick) {
        if (!state.time.phase.running()) {
            return state.ignored(IgnoreReason.NOTHING_DUE);
        }
        runTimers(Math.max(tick.now(), state.time.now));
        return state.changes.isEmpty() ? state.ignored(IgnoreReason.NOTHING_DUE) : state.applied(tick.now());
    }

    ApplyResult onEnd(End end) {
        if (!state.time.phase.running()) {
            return state.ignored(
                    state.time.phase == Phase.ENDED ? IgnoreReason.ALREADY_ENDED : IgnoreReason.NOT_STARTED);
        }
        state.time.observe(end.timestamp());
        finish(Math.min(Math.max(end.timestamp(), state.time.startedAt), state.time.endsAt));
        return state.applied(end.timestamp());
    }

    /**
     * Streaks already due when the battle last heard of anything are finalised; the others get their whole timeout
     * again from the resume. Ignored (and so need not be logged) when no streak is pending.
     */
    ApplyResult onResume(Resume resume) {
        if (!state.time.phase.running()) {
            return state.ignored(
                    state.time.phase == Phase.ENDED ? IgnoreReason.ALREADY_ENDED : IgnoreReason.NOT_STARTED);
        }
        state.streaks.expire(state.time.now, finalised);
        scoring.commitInferred(finalised);
        finalised.clear();
        if (state.changes.isEmpty() && state.streaks.pendingCount() == 0) {
            return state.ignored(IgnoreReason.NOTHING_DUE);
        }
        state.streaks.restartTimers(resume.timestamp());
        return state.applied(resume.timestamp());
    }

    void begin(long at, long durationMillis) {
        state.time.start(at, durationMillis);
        state.changes.add(new Change.PhaseChanged(Phase.LIVE, at));
    }

    /** Ends the battle at {@code at}: pending streaks are committed as inferred, then the result is decided. */
    void finish(long at) {
        state.streaks.finaliseAll(finalised);
        scoring.commitInferred(finalised);
        finalised.clear();
        state.time.end(at);
        state.changes.add(new Change.PhaseChanged(Phase.ENDED, at));
        state.changes.add(decide());
    }

    private void runTimers(long now) {
        state.streaks.expire(now, finalised);
        scoring.commitInferred(finalised);
        finalised.clear();
        announceEffects(now);
        BattleTime time = state.time;
        if (now >= time.endsAt) {
            finish(time.endsAt);
        } else if (time.phase == Phase.LIVE && now >= time.baseEndsAt) {
            time.phase = Phase.EXTENDED;
            state.changes.add(new Change.PhaseChanged(Phase.EXTENDED, time.baseEndsAt));
        }
    }

    private void announceEffects(long now) {
        for (SideState side : state.side) {
            int effects = side.effectState(now);
            if (effects != side.announcedEffects) {
                side.announcedEffects = effects;
                state.changes.add(
                        new Change.EffectsChanged(side.id, effects >>> 2, (effects & 2) != 0, (effects & 1) != 0));
            }
        }
    }

    private Change decide() {
        Map<String, Long> bySide = new LinkedHashMap<>();
        for (int i = 0; i < state.side.length; i++) {
            bySide.put(state.sideId(i), state.displayedScore(i));
        }
        int winner = state.soleLeader();
        String winnerId = winner < 0 ? null : state.sideId(winner);
        return new Change.BattleDecided(winnerId, winner < 0, Collections.unmodifiableMap(bySide));
    }
}
