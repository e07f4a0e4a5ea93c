package io.battlesim.app.ratelimit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.cluster.ClusterRedis;
import io.battlesim.app.ratelimit.RateLimitSettings;
import io.battlesim.app.ratelimit.RateLimiter;
import io.battlesim.app.ratelimit.local.InProcessRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Which limiter a node gets: the in-process one alone, the Redis one in cluster mode. */
class RedisRateLimiterConfigurationTests {

    private static final String REDIS = "redis://127.0.0.1:6379";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Limiters.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(
                    RateLimitSettings.class,
                    () -> new RateLimitSettings(true, 100, null, null, null, null, null, null, null));

    @Test
    void keepsTheBucketsInProcessOnASingleNode() {
        context.run(started -> assertThat(started).getBean(RateLimiter.class).isInstanceOf(InProcessRateLimiter.class));
    }

    @Test
    void sharesTheBucketsThroughRedisInClusterMode() {
        context.withPropertyValues("app.cluster.redis-url=" + REDIS)
                .withBean(ClusterRedis.class, () -> new ClusterRedis(REDIS))
                .run(started -> assertThat(started).getBean(RateLimiter.class).isInstanceOf(RedisRateLimiter.class));
    }

    /** Both limiter configurations, as the app's component scan finds them. */
    @ComponentScan(
            basePackages = "io.battlesim.app.ratelimit.local",
            basePackageClasses = RedisRateLimiterConfiguration.class,
            useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(Configuration.class))
    static class Limiters {}
}
