package io.battlesim.app.ratelimit.local;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/** A time source the test moves by hand, for buckets and their expiry alike. */
final class ManualTime implements TimeMeter {

    // not zero: Caffeine and Bucket4j both treat the time as an arbitrary origin, but start away from it
    private long nanos = Duration.ofDays(1).toNanos();

    void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    @Override
    public long currentTimeNanos() {
        return nanos;
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
