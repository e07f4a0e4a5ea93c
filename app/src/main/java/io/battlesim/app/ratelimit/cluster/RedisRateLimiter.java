package io.battlesim.app.ratelimit.cluster;

import io.battlesim.app.ratelimit.RateDecision;
import io.battlesim.app.ratelimit.RateLimiter;
import io.battlesim.app.ratelimit.RatePolicy;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Bucket4j buckets in Redis (Lettuce, compare-and-swap), so that every node takes from the same buckets: a limit holds
 * for the cluster, not once per node. A bucket is the Redis key {@code prefix + policy name + ":" + key}; each write
 * sets its TTL to the time the bucket takes to be full again, so an idle bucket disappears exactly when forgetting it
 * loses nothing, and Redis holds no more buckets than were used within their policies' times to fill.
 *
 * <p>Bucket time is the nodes' wall clock, so their clocks must agree (NTP). A bucket keeps the shape it was created
 * with until it expires: a changed limit applies to a key within the old policy's time to fill.
 *
 * <p>Fails open: when Redis cannot be reached or a command fails or takes longer than {@link #COMMAND_TIMEOUT}, the
 * request is allowed as if by a fresh bucket, never refused and never thrown at. Redis is then left alone for a few
 * seconds but for one probe, so an outage does not slow every request down; see {@link Outage}.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    /** The key prefix of the buckets unless another is given. */
    public static final String DEFAULT_PREFIX = "ratelimit:";

    /** The longest a request waits for one Redis command. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);

    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

    private final Supplier<StatefulRedisConnection<String, byte[]>> connector;
    private final String prefix;
    private final @Nullable TimeMeter clock;
    private final Outage outage;
    private final AtomicBoolean connecting = new AtomicBoolean();
    private volatile @Nullable Store store;
    private volatile boolean closed;

    /**
     * A limiter on keys under {@value #DEFAULT_PREFIX}.
     *
     * @param connector opens a new connection (this limiter owns and closes it), must not be null
     * @param meters where requests let through unlimited are counted, must not be null
     */
    public RedisRateLimiter(Supplier<StatefulRedisConnection<String, byte[]>> connector, MeterRegistry meters) {
        this(connector, DEFAULT_PREFIX, meters);
    }

    /**
     * A limiter on keys under {@code prefix}; connects now, and if that fails, again later in the background.
     *
     * @param connector opens a new connection (this limiter owns and closes it), must not be null
     * @param prefix of every bucket's key, must not be null
     * @param meters where requests let through unlimited are counted, must not be null
     */
    public RedisRateLimiter(
            Supplier<StatefulRedisConnection<String, byte[]>> connector, String prefix, MeterRegistry meters) {
        this(connector, prefix, meters, null, PAUSE_AFTER_FAILURE);
    }

    /** A limiter on a given bucket clock (tests move it by hand) and pause after failures. */
    RedisRateLimiter(
            Supplier<StatefulRedisConnection<String, byte[]>> connector,
            String prefix,
            MeterRegistry meters,
            @Nullable TimeMeter clock,
            Duration pauseAfterFailure) {
        this.connector = Objects.requireNonNull(connector, "connector must not be null");
        this.prefix = Objects.requireNonNull(prefix, "prefix must not be null");
        this.clock = clock;
        this.outage = new Outage(pauseAfterFailure, Objects.requireNonNull(meters, "meters must not be null"));
        connect();
    }

    @Override
    public RateDecision tryTake(RatePolicy policy, String key) {
        return ask(policy, key, true, bucket -> taken(bucket.tryConsumeAndReturnRemaining(1)));
    }

    @Override
    public RateDecision check(RatePolicy policy, String key) {
        return ask(policy, key, false, bucket -> estimated(bucket.estimateAbilityToConsume(1)));
    }

    /** Closes the connection; from then on every request goes through unlimited. */
    @Override
    public synchronized void close() {
        closed = true;
        Store current = store;
        store = null;
        if (current != null) {
            current.connection().close();
        }
    }

    private RateDecision ask(RatePolicy policy, String key, boolean creating, Function<Bucket, RateDecision> question) {
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(key, "key must not be null");
        Store current = store;
        if (current == null) {
            connectInBackground();
            return letThrough(policy, creating);
        }
        if (!outage.mayAsk()) {
            return letThrough(policy, creating);
        }
        Supplier<BucketConfiguration> ifNone = creating ? () -> configuration(policy) : NoBucket::refuseToCreate;
        try {
            RateDecision decision = question.apply(current.buckets().builder().build(bucketKey(policy, key), ifNone));
            outage.succeeded();
            return decision;
        } catch (NoBucket none) {
            outage.succeeded();
            return new RateDecision.Allowed(policy.capacity());
        } catch (RuntimeException failure) {
            outage.failed(failure);
            return letThrough(policy, creating);
        }
    }

    private RateDecision letThrough(RatePolicy policy, boolean taking) {
        outage.letThrough();
        return new RateDecision.Allowed(taking ? policy.capacity() - 1 : policy.capacity());
    }

    private String bucketKey(RatePolicy policy, String key) {
        return prefix + policy.name() + ':' + key;
    }

    private static RateDecision taken(ConsumptionProbe probe) {
        return probe.isConsumed()
                ? new RateDecision.Allowed(probe.getRemainingTokens())
                : new RateDecision.Refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static RateDecision estimated(EstimationProbe probe) {
        return probe.canBeConsumed()
                ? new RateDecision.Allowed(probe.getRemainingTokens())
                : new RateDecision.Refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static BucketConfiguration configuration(RatePolicy policy) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(policy.capacity())
                        .refillGreedy(policy.refill(), policy.period())
                        .build())
                .build();
    }

    private void connectInBackground() {
        if (!closed && outage.mayAsk() && connecting.compareAndSet(false, true)) {
            Thread.ofVirtual().name("ratelimit-redis-connect").start(() -> {
                try {
                    connect();
                } finally {
                    connecting.set(false);
                }
            });
        }
    }

    private void connect() {
        StatefulRedisConnection<String, byte[]> connection;
        try {
            connection = connector.get();
        } catch (RuntimeException failure) {
            outage.failed(failure);
            return;
        }
        connection.setTimeout(COMMAND_TIMEOUT);
        var builder = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .requestTimeout(COMMAND_TIMEOUT);
        if (clock != null) {
            builder = builder.clientClock(clock);
        }
        opened(new Store(connection, builder.build()));
    }

    private synchronized void opened(Store opened) {
        if (closed) {
            opened.connection().close();
        } else {
            store = opened;
            outage.succeeded();
        }
    }

    /** The connection and the buckets on it. */
    private record Store(StatefulRedisConnection<String, byte[]> connection, ProxyManager<String> buckets) {}

    /**
     * Thrown instead of a configuration when {@link #check} finds no bucket: Bucket4j asks for one only when the key
     * is missing, so the question ends there, after one read, and nothing is written.
     */
    private static final class NoBucket extends RuntimeException {

        private static final NoBucket INSTANCE = new NoBucket();

        private NoBucket() {
            super("no bucket", null, false, false);
        }

        static BucketConfiguration refuseToCreate() {
            throw INSTANCE;
        }
    }
}
