package io.battlesim.engine;

import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.powerup.EffectWindows;
import io.battlesim.engine.scoring.Contributions;

/** One side's running totals and effect windows. */
final class SideState {

    final String id;
    final EffectWindows effects = new EffectWindows();
    final Contributions contributions = new Contributions();
    long ownScore;
    long coins;
    long likes;
    int gifts;
    long tiktokScore;
    /** The effect state last announced in a change, to tell when time alone changed it. */
    int announcedEffects = 1 << 2;

    SideState(String id) {
        this.id = id;
    }

    /** Multiplier, hidden and frozen at {@code t}, packed for comparison. */
    int effectState(long t) {
        int state = effects.multiplier(t) << 2;
        if (effects.active(Effect.MIST, t)) {
            state |= 2;
        }
        if (effects.active(Effect.FREEZE, t)) {
            state |= 1;
        }
        return state;
    }
}
