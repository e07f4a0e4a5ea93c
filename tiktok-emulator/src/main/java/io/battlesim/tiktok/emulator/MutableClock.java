package io.battlesim.tiktok.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A thread-safe {@link Clock} that stands still until a test moves it, so token expiry can be tested fast. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /**
     * Creates a clock at the given instant, in UTC.
     *
     * @param start the initial instant, must not be null
     */
    public MutableClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start must not be null")), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * Moves the clock forward (or back, for a negative amount).
     *
     * @param amount how far to move, must not be null
     */
    public void advance(Duration amount) {
        Objects.requireNonNull(amount, "amount must not be null");
        now.updateAndGet(instant -> instant.plus(amount));
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the new instant, must not be null
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant must not be null"));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Returns a view in another zone that shares this clock's instant. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, Objects.requireNonNull(zone, "zone must not be null"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
