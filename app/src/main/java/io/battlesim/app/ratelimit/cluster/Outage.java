package io.battlesim.app.ratelimit.cluster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Redis may be asked, and what its failures cost. After a failure nobody asks for {@code pause}; then one
 * request probes while the others keep going without a limit, so an outage costs each request nothing but that one
 * probe its command timeout. Warns at most once a minute, with the count of failures in between, and counts every
 * request let through unlimited in {@code ratelimit.fail.open}.
 */
final class Outage {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final long pauseNanos;
    private final Counter letThrough;
    private final AtomicLong askAgainAt = new AtomicLong(System.nanoTime());
    private final AtomicLong warnAgainAt = new AtomicLong(System.nanoTime());
    private final AtomicLong unreported = new AtomicLong();
    private volatile boolean down;

    Outage(Duration pause, MeterRegistry meters) {
        this.pauseNanos = pause.toNanos();
        this.letThrough = Counter.builder("ratelimit.fail.open")
                .description("Requests let through without a limit because the shared Redis failed or was unreachable")
                .register(meters);
    }

    /** Whether to ask Redis now: always while it answers, else only the one probe after the pause. */
    boolean mayAsk() {
        if (!down) {
            return true;
        }
        long now = System.nanoTime();
        long due = askAgainAt.get();
        return now - due >= 0 && askAgainAt.compareAndSet(due, now + pauseNanos);
    }

    /** Redis answered. */
    void succeeded() {
        if (down) {
            down = false;
        }
    }

    /** Redis failed or could not be reached: pause, and warn unless a warning went out within the minute. */
    void failed(Throwable failure) {
        long now = System.nanoTime();
        askAgainAt.set(now + pauseNanos);
        down = true;
        unreported.incrementAndGet();
        long due = warnAgainAt.get();
        if (now - due >= 0 && warnAgainAt.compareAndSet(due, now + WARN_EVERY_NANOS)) {
            // The failure's type and message only: commands carry bucket keys (addresses, user ids), messages do not.
            log.warn(
                    "Rate limits are not enforced: Redis failed ({}); requests go through unlimited until it answers"
                            + " again ({} failure(s) since the last warning, repeated at most once a minute)",
                    describe(failure),
                    unreported.getAndSet(0));
        }
    }

    /** Counts a request let through without asking Redis, or after it failed. */
    void letThrough() {
        letThrough.increment();
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + ", caused by " + root;
    }
}
