package io.battlesim.app.ratelimit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

import io.battlesim.app.ratelimit.RateDecision;
import io.battlesim.app.ratelimit.RatePolicy;
import io.battlesim.app.ratelimit.local.InProcessRateLimiter;
import io.github.bucket4j.TimeMeter;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Redis limiter against the Redis on 127.0.0.1:6379, every test under a key prefix of its own. A "node" is a
 * limiter with its own {@link RedisClient}, as on another machine. The in-process limiter's behaviour tests are
 * played here too (on a bucket clock the test moves), so both implementations are held to one contract.
 */
class RedisRateLimiterTests {

    private static final String REDIS = "redis://127.0.0.1:6379";
    private static final RedisCodec<String, byte[]> BYTES = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final RatePolicy FIVE_A_MINUTE = new RatePolicy("test", 5, 5, Duration.ofMinutes(1));
    private static final RatePolicy FIVE_AN_HOUR = new RatePolicy("hourly", 5, 5, Duration.ofHours(1));

    private final String prefix = "test:ratelimit:" + UUID.randomUUID() + ":";
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<RedisClient> clients = new ArrayList<>();
    private final List<RedisRateLimiter> limiters = new ArrayList<>();
    private RedisCommands<String, String> redis;

    @BeforeEach
    void connect() {
        redis = client(REDIS).connect().sync();
    }

    @AfterEach
    void closeAndCleanUp() {
        limiters.forEach(RedisRateLimiter::close);
        List<String> left = redis.keys(prefix + "*");
        if (!left.isEmpty()) {
            redis.del(left.toArray(String[]::new));
        }
        clients.forEach(RedisClient::shutdown);
    }

    @Test
    void twoNodesTakingAlternatelyHitTheLimitOfOne() {
        RedisRateLimiter[] nodes = {node(), node()};
        var alone = new InProcessRateLimiter(100);
        List<RateDecision> shared = new ArrayList<>();
        List<RateDecision> single = new ArrayList<>();

        for (int i = 0; i < 15; i++) {
            shared.add(nodes[i % 2].tryTake(FIVE_AN_HOUR, "203.0.113.7"));
            single.add(alone.tryTake(FIVE_AN_HOUR, "203.0.113.7"));
        }

        assertThat(shared.subList(0, 5))
                .isEqualTo(single.subList(0, 5))
                .allMatch(RateDecision.Allowed.class::isInstance);
        assertThat(shared.subList(5, 15))
                .allSatisfy(decision -> assertThat(decision)
                        .isInstanceOfSatisfying(
                                RateDecision.Refused.class,
                                refused -> assertThat(refused.retryAfter())
                                        .isBetween(Duration.ofMinutes(11), Duration.ofMinutes(12))));
    }

    @Test
    void keepsSeparateBucketsPerKeyAndPerPolicy() {
        RedisRateLimiter limiter = node();
        exhaust(limiter, FIVE_A_MINUTE, "a");
        var otherPolicy = new RatePolicy("other", 1, 1, Duration.ofMinutes(1));

        assertThat(limiter.tryTake(FIVE_A_MINUTE, "b")).isEqualTo(new RateDecision.Allowed(4));
        assertThat(limiter.tryTake(otherPolicy, "a")).isEqualTo(new RateDecision.Allowed(0));
        assertThat(limiter.tryTake(FIVE_A_MINUTE, "a")).isInstanceOf(RateDecision.Refused.class);
        assertThat(redis.keys(prefix + "*"))
                .containsExactlyInAnyOrder(prefix + "test:a", prefix + "test:b", prefix + "other:a");
    }

    @Test
    void checkingNeitherTakesATokenNorCreatesABucket() {
        RedisRateLimiter limiter = node();

        for (int i = 0; i < 10; i++) {
            assertThat(limiter.check(FIVE_A_MINUTE, "a")).isEqualTo(new RateDecision.Allowed(5));
        }

        assertThat(redis.keys(prefix + "*")).isEmpty();
    }

    @Test
    void checkingReportsWhatTheTakesLeft() {
        RedisRateLimiter limiter = node();
        limiter.tryTake(FIVE_A_MINUTE, "a");
        limiter.tryTake(FIVE_A_MINUTE, "a");

        assertThat(limiter.check(FIVE_A_MINUTE, "a")).isEqualTo(new RateDecision.Allowed(3));
        assertThat(node().check(FIVE_A_MINUTE, "a")).isEqualTo(new RateDecision.Allowed(3));

        exhaust(limiter, FIVE_A_MINUTE, "a");

        assertThat(limiter.check(FIVE_A_MINUTE, "a")).isInstanceOf(RateDecision.Refused.class);
    }

    @Test
    void givesEveryBucketATimeToLiveOfAtMostItsTimeToFill() {
        RedisRateLimiter limiter = node();
        limiter.tryTake(FIVE_A_MINUTE, "one-taken");
        exhaust(limiter, FIVE_A_MINUTE, "emptied");

        assertThat(redis.pttl(prefix + "test:one-taken")).isPositive().isLessThanOrEqualTo(12_000);
        assertThat(redis.pttl(prefix + "test:emptied"))
                .isPositive()
                .isLessThanOrEqualTo(FIVE_A_MINUTE.timeToFill().toMillis());
    }

    @Test
    void forgetsABucketOnceItWouldBeFullAgain() {
        RedisRateLimiter limiter = node();
        var fast = new RatePolicy("fast", 2, 2, Duration.ofMillis(300));
        exhaust(limiter, fast, "a");

        await().atMost(Duration.ofSeconds(5)).until(() -> redis.exists(prefix + "fast:a") == 0);

        assertThat(limiter.tryTake(fast, "a")).isEqualTo(new RateDecision.Allowed(1));
    }

    @Test
    void letsRequestsThroughWhenRedisIsUnreachable() {
        long start = System.nanoTime();
        var limiter = limiter(() -> client("redis://127.0.0.1:1").connect(BYTES), Duration.ofSeconds(5));

        RateDecision taken = limiter.tryTake(FIVE_A_MINUTE, "a");
        RateDecision checked = limiter.check(FIVE_A_MINUTE, "a");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(taken).isEqualTo(new RateDecision.Allowed(4));
        assertThat(checked).isEqualTo(new RateDecision.Allowed(5));
        assertThat(meters.get("ratelimit.fail.open").counter().count()).isEqualTo(2);
    }

    @Test
    void letsRequestsThroughWithinTheTimeoutWhenRedisStopsAnswering() throws IOException {
        try (var silent = new SilentRedis()) {
            RedisClient client = client(silent.url());
            var limiter = limiter(() -> client.connect(BYTES), Duration.ofSeconds(5));

            long start = System.nanoTime();
            RateDecision first = limiter.tryTake(FIVE_A_MINUTE, "a");
            Duration firstTook = Duration.ofNanos(System.nanoTime() - start);
            start = System.nanoTime();
            RateDecision second = limiter.tryTake(FIVE_A_MINUTE, "a");
            Duration secondTook = Duration.ofNanos(System.nanoTime() - start);

            assertThat(first).isEqualTo(new RateDecision.Allowed(4));
            assertThat(firstTook).isLessThan(RedisRateLimiter.COMMAND_TIMEOUT.multipliedBy(3));
            // after a failure, Redis is left alone for a while: the next request does not wait again
            assertThat(second).isEqualTo(new RateDecision.Allowed(4));
            assertThat(secondTook).isLessThan(RedisRateLimiter.COMMAND_TIMEOUT);
        }
    }

    @Test
    void letsRequestsThroughWhenACommandFails() {
        var connections = new ArrayList<StatefulRedisConnection<String, byte[]>>();
        RedisClient client = client(REDIS);
        var limiter = limiter(
                () -> {
                    var connection = client.connect(BYTES);
                    connections.add(connection);
                    return connection;
                },
                Duration.ofSeconds(5));
        exhaust(limiter, FIVE_A_MINUTE, "a");

        connections.forEach(StatefulRedisConnection::close);

        assertThatNoException().isThrownBy(() -> {
            assertThat(limiter.tryTake(FIVE_A_MINUTE, "a")).isEqualTo(new RateDecision.Allowed(4));
            assertThat(limiter.check(FIVE_A_MINUTE, "a")).isEqualTo(new RateDecision.Allowed(5));
        });
    }

    @Test
    void connectsLaterWhenRedisWasDownAtStart() {
        RedisClient client = client(REDIS);
        var attempts = new AtomicInteger();
        var limiter = limiter(
                () -> {
                    if (attempts.getAndIncrement() == 0) {
                        throw new RedisConnectionException("Redis is starting");
                    }
                    return client.connect(BYTES);
                },
                Duration.ofMillis(50));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            limiter.tryTake(FIVE_A_MINUTE, "a");
            assertThat(redis.exists(prefix + "test:a")).isOne();
        });
    }

    /** The in-process limiter's behaviour tests, on a bucket clock the test moves. */
    @Nested
    class OnAClockTheTestMoves {

        private final ManualClock time = new ManualClock();
        private final RedisRateLimiter limiter = limiter(() -> client(REDIS).connect(BYTES), time);

        @Test
        void allowsTheBurstThenRefusesWithTheWaitForTheNextToken() {
            for (int i = 4; i >= 0; i--) {
                assertThat(limiter.tryTake(FIVE_A_MINUTE, "a")).isEqualTo(new RateDecision.Allowed(i));
            }

            RateDecision sixth = limiter.tryTake(FIVE_A_MINUTE, "a");

            assertThat(sixth).isInstanceOfSatisfying(RateDecision.Refused.class, refused -> {
                assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(12));
                assertThat(refused.retryAfterSeconds()).isEqualTo(12);
            });
        }

        @Test
        void refillsOneTokenPerShareOfThePeriod() {
            exhaust(limiter, FIVE_A_MINUTE, "a");

            time.advance(Duration.ofSeconds(11));
            RateDecision early = limiter.tryTake(FIVE_A_MINUTE, "a");
            time.advance(Duration.ofSeconds(1));
            RateDecision due = limiter.tryTake(FIVE_A_MINUTE, "a");

            assertThat(early)
                    .isInstanceOfSatisfying(
                            RateDecision.Refused.class,
                            refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
            assertThat(due).isEqualTo(new RateDecision.Allowed(0));
        }

        @Test
        void setsTheTimeToLiveByTheBucketClock() {
            exhaust(limiter, FIVE_A_MINUTE, "a");
            time.advance(Duration.ofSeconds(30));

            limiter.tryTake(FIVE_A_MINUTE, "a");

            // 2.5 tokens came back, one was taken: 3.5 to go, at 12 s each
            assertThat(redis.pttl(prefix + "test:a")).isBetween(41_000L, 42_000L);
        }
    }

    /** A node of the cluster: a limiter with a Redis client of its own. */
    private RedisRateLimiter node() {
        RedisClient client = client(REDIS);
        return limiter(() -> client.connect(BYTES), Duration.ofSeconds(5));
    }

    private RedisRateLimiter limiter(Supplier<StatefulRedisConnection<String, byte[]>> connector, Duration pause) {
        return closedAfterwards(new RedisRateLimiter(connector, prefix, meters, null, pause));
    }

    private RedisRateLimiter limiter(Supplier<StatefulRedisConnection<String, byte[]>> connector, TimeMeter clock) {
        return closedAfterwards(new RedisRateLimiter(connector, prefix, meters, clock, Duration.ofSeconds(5)));
    }

    private RedisRateLimiter closedAfterwards(RedisRateLimiter limiter) {
        limiters.add(limiter);
        return limiter;
    }

    private RedisClient client(String url) {
        RedisClient client = RedisClient.create(url);
        clients.add(client);
        return client;
    }

    private static void exhaust(RedisRateLimiter limiter, RatePolicy policy, String key) {
        while (limiter.tryTake(policy, key) instanceof RateDecision.Allowed) {
            // take every token
        }
    }

    /** Wall-clock time that moves only when the test says so. */
    private static final class ManualClock implements TimeMeter {

        private long nanos = System.currentTimeMillis() * 1_000_000;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
