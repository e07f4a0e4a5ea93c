package io.battlesim.app.publish.web;

import io.battlesim.app.publish.PublishSettings;
import io.battlesim.app.publish.card.CardUrls;
import io.battlesim.app.tiktok.TikTokConnection;
import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Embedded mode: tells the built-in emulator what an operator sets up in TikTok's developer portal for real
 * TikTok: the app's {@code /cards/} URL prefix as a verified property (so TikTok may pull result cards), its
 * {@code /webhooks/tiktok} callback URL, and whether the app is audited (as {@code app.publish.audited} says).
 */
@Component
class EmulatorPublishingSetup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EmulatorPublishingSetup.class);

    private final ObjectProvider<TikTokEmulator> emulator;
    private final ObjectProvider<TikTokClient> client;
    private final TikTokConnection connection;
    private final PublishSettings settings;
    private final String publicUrl;

    EmulatorPublishingSetup(
            ObjectProvider<TikTokEmulator> emulator,
            ObjectProvider<TikTokClient> client,
            TikTokConnection connection,
            PublishSettings settings,
            @Value("${app.public-url}") String publicUrl) {
        this.emulator = emulator;
        this.client = client;
        this.connection = connection;
        this.settings = settings;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public void afterSingletonsInstantiated() {
        TikTokEmulator embedded = emulator.getIfAvailable();
        if (embedded == null) {
            return;
        }
        client.getObject(); // registers the app with the emulator
        String prefix = embedded.publishing().verifyUrlPrefix(CardUrls.prefix(publicUrl));
        embedded.webhooks().callbackUrl(connection.clientKey(), publicUrl + WebhookController.PATH);
        embedded.publishing().audited(connection.clientKey(), settings.audited());
        log.info(
                "Emulator publishing: verified {}, webhooks to {}{}, audited={}",
                prefix,
                publicUrl,
                WebhookController.PATH,
                settings.audited());
    }
}
