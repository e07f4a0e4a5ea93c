package io.battlesim.app.tiktok;

import io.battlesim.tiktok.client.TikTokClient;
import io.battlesim.tiktok.emulator.EmulatorServlet;
import io.battlesim.tiktok.emulator.PkceMode;
import io.battlesim.tiktok.emulator.RegisteredApp;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Emulator mode (no client key configured): the built-in TikTok emulator served at {@code /emulator}, the app
 * registered there as a sandbox client with a secret generated at each start, and the SDK pointed at it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TikTokModeConditions.OnEmulator.class)
class EmulatorTikTokConfiguration {

    static final String CLIENT_KEY = "sbawbattlesimlocal";
    static final String APP_NAME = "TikTok Battle Simulator (local)";
    static final String MOUNT_PATH = "/emulator";
    static final Set<String> SCOPES = new LinkedHashSet<>(List.of(
            "user.info.basic", "user.info.profile", "user.info.stats", "video.list", "video.upload", "video.publish"));

    private static final Logger log = LoggerFactory.getLogger(EmulatorTikTokConfiguration.class);

    @Bean
    TikTokEmulator tikTokEmulator() {
        return TikTokEmulator.builder().build();
    }

    @Bean
    ServletRegistrationBean<EmulatorServlet> tikTokEmulatorServlet(TikTokEmulator emulator) {
        var registration = new ServletRegistrationBean<>(new EmulatorServlet(emulator), MOUNT_PATH + "/*");
        registration.setName("tikTokEmulator");
        return registration;
    }

    @Bean
    TikTokConnection tikTokConnection(TikTokSettings settings, @Value("${app.public-url}") String publicUrl) {
        TikTokSettingsValidator.validate(settings);
        URI base = URI.create(stripTrailingSlash(publicUrl) + MOUNT_PATH);
        log.info(
                "TikTok mode: EMULATOR (built-in TikTok at {}, sandbox client key {}, redirect URI {})."
                        + " Set TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET to use real TikTok.",
                base,
                CLIENT_KEY,
                settings.redirectUri());
        return new TikTokConnection(TikTokMode.EMULATOR, CLIENT_KEY, base, base);
    }

    @Bean
    TikTokClient tikTokClient(TikTokEmulator emulator, TikTokConnection connection, TikTokSettings settings) {
        String secret = randomSecret();
        emulator.setPublicBaseUrl(connection.apiBaseUri().toString());
        try {
            emulator.apps()
                    .register(new RegisteredApp(
                            CLIENT_KEY,
                            secret,
                            APP_NAME,
                            List.of(settings.redirectUri()),
                            SCOPES,
                            PkceMode.HEX,
                            true,
                            false));
        } catch (IllegalArgumentException e) {
            throw new InvalidTikTokSettingsException(
                    "The built-in emulator refuses the redirect URI " + settings.redirectUri() + ": " + e.getMessage(),
                    "Use an https URL, or http on localhost or 127.0.0.1 with a port (app.public-url,"
                            + " APP_PUBLIC_URL, or TIKTOK_REDIRECT_URI).",
                    e);
        }
        return TikTokClients.create(connection, secret);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
