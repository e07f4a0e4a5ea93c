package io.battlesim.app.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** A clock that tests move by hand, and the {@link ObjectProvider} form the auth beans take it in. */
public final class TestClock extends Clock {

    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    public static TestClock at(String instant) {
        return new TestClock(Instant.parse(instant));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Moves the clock to {@code instant}, forwards or back. */
    public void set(Instant instant) {
        now = instant;
    }

    public ObjectProvider<Clock> provider() {
        return providerOf(this);
    }

    /** Any clock in the form the auth beans take it. */
    public static ObjectProvider<Clock> providerOf(Clock clock) {
        return new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a TestClock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
