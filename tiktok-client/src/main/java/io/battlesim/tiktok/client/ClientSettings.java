package io.battlesim.tiktok.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Everything a built {@link TikTokClient} was configured with; validated and copied by the builder. */
record ClientSettings(
        String clientKey,
        String clientSecret,
        URI authorizeBaseUri,
        URI apiBaseUri,
        Duration connectTimeout,
        Duration requestTimeout,
        RetryPolicy retryPolicy,
        RateLimitMode rateLimitMode,
        Map<String, Integer> rateLimits,
        Clock clock,
        Sleeper sleeper) {

    ClientSettings {
        rateLimits = Map.copyOf(rateLimits);
    }

    URI authorizeUri(String path) {
        return URI.create(authorizeBaseUri + path);
    }

    URI apiUri(String pathAndQuery) {
        return URI.create(apiBaseUri + pathAndQuery);
    }

    @Override
    public String toString() {
        return "ClientSettings[clientKey=" + clientKey + ", clientSecret=" + Secrets.mask(clientSecret) + "]";
    }
}
