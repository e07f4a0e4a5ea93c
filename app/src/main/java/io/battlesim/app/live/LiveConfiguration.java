package io.battlesim.app.live;

import io.battlesim.app.auth.TikTokAccessTokens;
import io.battlesim.app.live.api.DemoCredentials;
import io.battlesim.app.live.api.LiveApiClient;
import io.battlesim.app.live.api.LiveCredentials;
import io.battlesim.app.live.api.LiveEndpoint;
import io.battlesim.app.tiktok.TikTokConnection;
import io.battlesim.app.tiktok.TikTokMode;
import io.battlesim.app.tiktok.TikTokSettings;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the Live API is and which tokens it is called with. In emulator mode the default is the app's own {@code
 * /emulator}; in real mode {@code app.live.api-base-url}, and without it lookups answer "LIVE access not
 * configured".
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LiveConfiguration.class);

    @Bean
    LiveEndpoint liveEndpoint(
            LiveSettings settings, TikTokConnection connection, @Value("${app.public-url}") String publicUrl) {
        String configured = Objects.requireNonNullElse(settings.apiBaseUrl(), "");
        String ws = Objects.requireNonNullElse(settings.wsBaseUrl(), "");
        LiveEndpoint endpoint;
        if (!configured.isBlank()) {
            endpoint = LiveEndpoint.of(configured, ws);
        } else if (connection.mode() == TikTokMode.EMULATOR) {
            endpoint = LiveEndpoint.of(stripTrailingSlash(publicUrl) + "/emulator", ws);
        } else {
            endpoint = LiveEndpoint.of("", "");
        }
        switch (endpoint) {
            case LiveEndpoint.Configured c ->
                log.info("Live API at {} (event streams at {})", c.httpBase(), c.wsBase());
            case LiveEndpoint.NotConfigured n -> log.info("Live API: none. {}", n.reason());
        }
        return endpoint;
    }

    @Bean
    LiveApiClient liveApiClient(LiveEndpoint endpoint, LiveSettings settings, JsonMapper json) {
        return new LiveApiClient(liveHttpClient(settings), endpoint, settings.requestTimeout(), json);
    }

    @Bean
    LiveCredentials liveCredentials(
            TikTokAccessTokens accessTokens,
            ObjectProvider<TikTokEmulator> emulator,
            TikTokClient client,
            TikTokSettings tikTok,
            LiveSettings settings,
            ObjectProvider<Clock> clock) {
        TikTokEmulator emu = emulator.getIfAvailable();
        @Nullable
        DemoCredentials demo = emu == null
                ? null
                : new DemoCredentials(
                        client, emu, tikTok.redirectUri(), settings.demoAccount(), clock.getIfUnique(Clock::systemUTC));
        return new LiveCredentials(accessTokens::forUser, demo);
    }

    /** The JDK client for lookups and event streams: virtual threads, the configured connect timeout. */
    static HttpClient liveHttpClient(LiveSettings settings) {
        return HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
