package io.battlesim.app.publish.web;

import io.battlesim.app.publish.PublishSettings;
import io.battlesim.app.tiktok.TikTokConnection;
import io.battlesim.app.tiktok.TikTokSettings;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.client.WebhookVerifier;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.time.Clock;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhook verifier, keyed with the client secret: the configured one with real TikTok, or the one the built-in
 * emulator generated for the app at this start (the {@code TikTokClient} parameter makes sure the app is
 * registered there first).
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    WebhookVerifier webhookVerifier(
            TikTokClient registeredFirst,
            TikTokConnection connection,
            TikTokSettings tiktok,
            PublishSettings settings,
            ObjectProvider<TikTokEmulator> emulator,
            ObjectProvider<Clock> clock) {
        TikTokEmulator embedded = emulator.getIfAvailable();
        String secret = embedded == null
                ? Objects.requireNonNull(tiktok.clientSecret(), "app.tiktok.client-secret")
                : embedded.apps()
                        .find(connection.clientKey())
                        .map(RegisteredApp::clientSecret)
                        .orElseThrow(() -> new IllegalStateException("the app is not registered in the emulator"));
        return new WebhookVerifier(secret, settings.webhookTolerance(), clock.getIfUnique(Clock::systemUTC));
    }
}
