package io.battlesim.engine;

import io.battlesim.engine.scoring.Saturating;

/**
 * The battle's phase and timer. Time only moves forward, and only by the events' timestamps. End times saturate
 * (TikTok's start, durations and cards are taken as sent), so a far-future end stays far in the future.
 */
final class BattleTime {

    final long durationMillis;
    Phase phase = Phase.SCHEDULED;
    long now;
    long startedAt;
    long baseEndsAt;
    long endsAt = Long.MAX_VALUE;
    long endedAt;
    long extendedMillis;

    BattleTime(long durationMillis) {
        this.durationMillis = durationMillis;
    }

    void observe(long t) {
        if (t > now) {
            now = t;
        }
    }

    void start(long at, long duration) {
        phase = Phase.LIVE;
        retime(at, duration);
        observe(at);
    }

    void retime(long at, long duration) {
        startedAt = at;
        baseEndsAt = Saturating.add(at, duration);
        endsAt = Saturating.add(baseEndsAt, extendedMillis);
        if (phase == Phase.EXTENDED && now < baseEndsAt) {
            phase = Phase.LIVE;
        }
    }

    void extend(long millis) {
        extendedMillis = Saturating.add(extendedMillis, millis);
        endsAt = Saturating.add(endsAt, millis);
    }

    void end(long at) {
        phase = Phase.ENDED;
        endedAt = at;
    }

    /** Whether a running battle counts something that happened at {@code t}. */
    boolean within(long t) {
        return t >= startedAt && t < endsAt;
    }

    long remaining() {
        return switch (phase) {
            case SCHEDULED -> durationMillis;
            case LIVE, EXTENDED -> Math.max(0, endsAt - now);
            case ENDED -> 0;
        };
    }
}
