package io.battlesim.app.tiktok;

import io.battlesim.tiktok.client.PkceEncoding;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the TikTok connection, bound from {@code app.tiktok}. An empty client key selects the built-in
 * emulator; the secret never appears in {@link #toString()}.
 *
 * @param clientKey the app's client key from TikTok's developer portal ({@code TIKTOK_CLIENT_KEY}); empty for
 *     the emulator
 * @param clientSecret the app's client secret ({@code TIKTOK_CLIENT_SECRET})
 * @param redirectUri the callback registered for the app, byte for byte ({@code TIKTOK_REDIRECT_URI})
 * @param authorizeBaseUrl where TikTok's consent page lives (real mode)
 * @param apiBaseUrl where TikTok's API lives (real mode)
 * @param scopes the scopes requested at sign-in
 * @param pkceEncoding how PKCE challenges are encoded: TikTok's {@code HEX} or RFC 7636 {@code BASE64URL}
 */
@ConfigurationProperties("app.tiktok")
public record TikTokSettings(
        @Nullable String clientKey,
        @Nullable String clientSecret,
        String redirectUri,
        @DefaultValue("https://www.tiktok.com") URI authorizeBaseUrl,
        @DefaultValue("https://open.tiktokapis.com") URI apiBaseUrl,
        @DefaultValue("user.info.basic") List<String> scopes,
        @DefaultValue("HEX") PkceEncoding pkceEncoding) {

    public TikTokSettings {
        scopes = List.copyOf(scopes);
    }

    /** True when no client key is configured, so the app talks to its built-in emulator. */
    public boolean emulatorMode() {
        return clientKey == null || clientKey.isBlank();
    }

    /** The requested scopes in their configured order. */
    public Set<String> scopeSet() {
        return new LinkedHashSet<>(scopes);
    }

    @Override
    public String toString() {
        return "TikTokSettings[clientKey=" + clientKey + ", clientSecret="
                + (clientSecret == null || clientSecret.isEmpty() ? "(empty)" : "(hidden)") + ", redirectUri="
                + redirectUri + ", authorizeBaseUrl=" + authorizeBaseUrl + ", apiBaseUrl=" + apiBaseUrl + ", scopes="
                + scopes + ", pkceEncoding=" + pkceEncoding + "]";
    }
}
