package io.battlesim.engine;

/** The battle's phase and timer. Time only moves forward, and only by the events' timestamps. */
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
        baseEndsAt = at + duration;
        endsAt = baseEndsAt + extendedMillis;
        if (phase == Phase.EXTENDED && now < baseEndsAt) {
            phase = Phase.LIVE;
        }
    }

    void extend(long millis) {
        extendedMillis += millis;
        endsAt += millis;
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
