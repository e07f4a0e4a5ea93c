package io.battlesim.app.ratelimit.cluster;

import io.battlesim.app.cluster.ClusterRedis;
import io.battlesim.app.cluster.OnClusterMode;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limiter of a cluster: buckets in the Redis every node shares, on a connection of their own. */
@Configuration(proxyBeanMethods = false)
@OnClusterMode
class RedisRateLimiterConfiguration {

    @Bean(destroyMethod = "close")
    RedisRateLimiter redisRateLimiter(ClusterRedis redis, MeterRegistry meters) {
        return new RedisRateLimiter(redis::binary, meters);
    }
}
