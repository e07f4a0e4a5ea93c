package io.battlesim.app.ratelimit.local;

import io.battlesim.app.cluster.OnClusterMode;
import io.battlesim.app.ratelimit.RateLimitSettings;
import io.battlesim.app.ratelimit.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limiter of a single node. */
@Configuration(proxyBeanMethods = false)
@OnClusterMode(false)
class InProcessRateLimiterConfiguration {

    @Bean
    RateLimiter inProcessRateLimiter(RateLimitSettings settings) {
        return new InProcessRateLimiter(settings.maxBuckets());
    }
}
