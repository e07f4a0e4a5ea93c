package io.battlesim.tiktok.client;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A client-side copy of TikTok's per-access-token limits: one Bucket4j bucket per endpoint and token, refilled
 * greedily at the endpoint's per-minute rate. Buckets idle for two minutes are full again anyway, so they are
 * dropped; the map is also capped so that a flood of tokens cannot grow it without bound.
 */
final class RateLimiter {

    /** TikTok's published limits per endpoint and user access token (requests per minute). */
    static final Map<String, Integer> TIKTOK_LIMITS = Map.of(
            "/v2/user/info/", 600,
            "/v2/video/list/", 600,
            "/v2/video/query/", 600,
            "/v2/post/publish/video/init/", 6,
            "/v2/post/publish/inbox/video/init/", 6,
            "/v2/post/publish/content/init/", 6,
            "/v2/post/publish/creator_info/query/", 20,
            "/v2/post/publish/status/fetch/", 30);

    static final Duration IDLE_EXPIRY = Duration.ofMinutes(2);
    static final int MAX_BUCKETS = 10_000;

    private final RateLimitMode mode;
    private final Map<String, Integer> limits;
    private final Duration maxWait;
    private final TimeMeter timeMeter;
    private final BlockingStrategy blocking;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<BucketKey, TrackedBucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BucketKey, TrackedBucket> eldest) {
            return size() > MAX_BUCKETS;
        }
    };

    RateLimiter(
            RateLimitMode mode, Map<String, Integer> limits, Duration maxWait, TimeMeter timeMeter, Sleeper sleeper) {
        this.mode = mode;
        this.limits = Map.copyOf(limits);
        this.maxWait = maxWait;
        this.timeMeter = timeMeter;
        this.blocking = nanos -> sleeper.sleep(Duration.ofNanos(nanos));
    }

    /** Takes one token for the call's endpoint, waiting or failing according to the mode. */
    void acquire(ApiCall call, String accessToken) {
        Integer perMinute = limits.get(call.endpoint());
        if (mode == RateLimitMode.OFF || perMinute == null) {
            return;
        }
        Bucket bucket = bucketFor(new BucketKey(call.endpoint(), accessToken), perMinute);
        if (mode == RateLimitMode.FAIL_FAST) {
            takeOrFail(call, bucket);
        } else {
            awaitOrFail(call, bucket);
        }
    }

    private void takeOrFail(ApiCall call, Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TikTokRateLimitedException(call.endpoint(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private void awaitOrFail(ApiCall call, Bucket bucket) {
        try {
            if (!bucket.asBlocking().tryConsume(1, maxWait, blocking)) {
                long waitNanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
                throw new TikTokRateLimitedException(call.endpoint(), Duration.ofNanos(waitNanos));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HttpExchanger.failure(call, "Interrupted while waiting for the rate limiter", e, true, false);
        }
    }

    private Bucket bucketFor(BucketKey key, int perMinute) {
        long now = timeMeter.currentTimeNanos();
        lock.lock();
        try {
            evictIdle(now);
            TrackedBucket tracked = buckets.computeIfAbsent(key, k -> new TrackedBucket(newBucket(perMinute)));
            tracked.lastUsedNanos = now;
            return tracked.bucket;
        } finally {
            lock.unlock();
        }
    }

    /** Access order puts the least recently used bucket first, so the sweep stops at the first fresh one. */
    private void evictIdle(long now) {
        long idleNanos = IDLE_EXPIRY.toNanos();
        Iterator<TrackedBucket> eldestFirst = buckets.values().iterator();
        while (eldestFirst.hasNext() && now - eldestFirst.next().lastUsedNanos >= idleNanos) {
            eldestFirst.remove();
        }
    }

    private Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(timeMeter)
                .build();
    }

    int bucketCount() {
        lock.lock();
        try {
            return buckets.size();
        } finally {
            lock.unlock();
        }
    }

    private record BucketKey(String endpoint, String accessToken) {
        @Override
        public String toString() {
            return "BucketKey[" + endpoint + ", " + Secrets.mask(accessToken) + "]";
        }
    }

    private static final class TrackedBucket {
        private final Bucket bucket;
        private long lastUsedNanos;

        TrackedBucket(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
