package io.battlesim.app.tiktok;

import io.battlesim.tiktok.client.TikTokClient;
import java.time.Duration;

/** Builds the SDK client the same way in both modes. */
final class TikTokClients {

    private TikTokClients() {}

    static TikTokClient create(TikTokConnection connection, String clientSecret) {
        return TikTokClient.builder()
                .clientKey(connection.clientKey())
                .clientSecret(clientSecret)
                .authorizeBaseUri(connection.authorizeBaseUri())
                .apiBaseUri(connection.apiBaseUri())
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(15))
                .build();
    }
}
