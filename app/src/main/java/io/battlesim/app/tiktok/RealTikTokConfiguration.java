package io.battlesim.app.tiktok;

import io.battlesim.tiktok.client.TikTokClient;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Real mode: the configured client key and secret, TikTok's own hosts. */
@Configuration(proxyBeanMethods = false)
@Conditional(TikTokModeConditions.OnReal.class)
class RealTikTokConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RealTikTokConfiguration.class);

    @Bean
    TikTokConnection tikTokConnection(TikTokSettings settings) {
        TikTokSettingsValidator.validate(settings);
        var connection = new TikTokConnection(
                TikTokMode.REAL,
                Objects.requireNonNull(settings.clientKey()),
                settings.authorizeBaseUrl(),
                settings.apiBaseUrl());
        log.info(
                "TikTok mode: REAL (client key {}, API {}, redirect URI {})",
                connection.clientKey(),
                connection.apiBaseUri(),
                settings.redirectUri());
        return connection;
    }

    @Bean
    TikTokClient tikTokClient(TikTokConnection connection, TikTokSettings settings) {
        return TikTokClients.create(connection, Objects.requireNonNull(settings.clientSecret()));
    }
}
