package io.battlesim.app.tiktok;

import java.net.URI;
import java.util.Objects;

/**
 * Where the {@code TikTokClient} bean points: which mode, as which client, at which hosts. Holds no secret.
 *
 * @param mode emulator or real TikTok
 * @param clientKey the client key in use (public: it appears in every authorization URL)
 * @param authorizeBaseUri base of the consent page ({@code {base}/v2/auth/authorize/})
 * @param apiBaseUri base of the API ({@code {base}/v2/oauth/token/} and so on)
 */
public record TikTokConnection(TikTokMode mode, String clientKey, URI authorizeBaseUri, URI apiBaseUri) {

    public TikTokConnection {
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(clientKey, "clientKey must not be null");
        Objects.requireNonNull(authorizeBaseUri, "authorizeBaseUri must not be null");
        Objects.requireNonNull(apiBaseUri, "apiBaseUri must not be null");
    }
}
