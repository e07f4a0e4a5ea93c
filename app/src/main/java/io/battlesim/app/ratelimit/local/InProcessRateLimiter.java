package io.battlesim.app.ratelimit.local;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.battlesim.app.ratelimit.RateDecision;
import io.battlesim.app.ratelimit.RateLimiter;
import io.battlesim.app.ratelimit.RatePolicy;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Objects;

/**
 * Bucket4j buckets in this JVM, in a Caffeine cache bounded two ways: a bucket untouched for its policy's
 * {@link RatePolicy#timeToFill() time to fill} is dropped (it would be full again, so nothing is lost), and at most
 * {@code maxBuckets} are kept, the least used going first. An attacker rotating addresses therefore costs a bounded
 * amount of memory; at worst, past the bound, rarely used buckets start over full.
 */
public final class InProcessRateLimiter implements RateLimiter {

    private final Cache<String, Entry> buckets;
    private final TimeMeter time;

    /**
     * A limiter on the system clock.
     *
     * @param maxBuckets the most buckets kept
     */
    public InProcessRateLimiter(int maxBuckets) {
        this(maxBuckets, TimeMeter.SYSTEM_NANOTIME);
    }

    /** A limiter on the given time source (tests move it by hand); expiry follows the same time. */
    InProcessRateLimiter(int maxBuckets, TimeMeter time) {
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfter(new IdleUntilFull())
                .ticker(time::currentTimeNanos)
                .build();
    }

    @Override
    public RateDecision tryTake(RatePolicy policy, String key) {
        Bucket bucket =
                buckets.get(cacheKey(policy, key), ignored -> newEntry(policy)).bucket();
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? new RateDecision.Allowed(probe.getRemainingTokens())
                : new RateDecision.Refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public RateDecision check(RatePolicy policy, String key) {
        Entry entry = buckets.getIfPresent(cacheKey(policy, key));
        if (entry == null) {
            return new RateDecision.Allowed(policy.capacity());
        }
        EstimationProbe probe = entry.bucket().estimateAbilityToConsume(1);
        return probe.canBeConsumed()
                ? new RateDecision.Allowed(probe.getRemainingTokens())
                : new RateDecision.Refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Buckets held now, after dropping the expired and the ones over the bound. */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Entry newEntry(RatePolicy policy) {
        Bucket bucket = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(policy.capacity())
                        .refillGreedy(policy.refill(), policy.period())
                        .build())
                .withCustomTimePrecision(time)
                .build();
        return new Entry(bucket, policy.timeToFill().toNanos());
    }

    private static String cacheKey(RatePolicy policy, String key) {
        Objects.requireNonNull(key, "key must not be null");
        return policy.name() + '\u0000' + key;
    }

    /** A bucket and how long it may sit idle before it is as good as new. */
    private record Entry(Bucket bucket, long idleNanos) {}

    /** Every read or write of a bucket restarts its idle time. */
    private static final class IdleUntilFull implements Expiry<String, Entry> {

        @Override
        public long expireAfterCreate(String key, Entry entry, long currentTime) {
            return entry.idleNanos();
        }

        @Override
        public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
            return entry.idleNanos();
        }

        @Override
        public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
            return entry.idleNanos();
        }
    }
}
