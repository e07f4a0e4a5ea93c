package io.battlesim.app.tiktok;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/** Checks the {@code app.tiktok} settings at start-up so a mistake reads as one clear sentence. */
final class TikTokSettingsValidator {

    private TikTokSettingsValidator() {}

    static void validate(TikTokSettings settings) {
        if (settings.emulatorMode() && hasText(settings.clientSecret())) {
            throw new InvalidTikTokSettingsException(
                    "app.tiktok.client-secret (TIKTOK_CLIENT_SECRET) is set but app.tiktok.client-key"
                            + " (TIKTOK_CLIENT_KEY) is empty.",
                    "Set TIKTOK_CLIENT_KEY to your app's client key to use real TikTok, or unset"
                            + " TIKTOK_CLIENT_SECRET to use the built-in emulator.",
                    null);
        }
        if (!settings.emulatorMode() && !hasText(settings.clientSecret())) {
            throw new InvalidTikTokSettingsException(
                    "app.tiktok.client-key (TIKTOK_CLIENT_KEY) is set but app.tiktok.client-secret"
                            + " (TIKTOK_CLIENT_SECRET) is empty.",
                    "Set TIKTOK_CLIENT_SECRET to the client secret shown next to the client key in TikTok's"
                            + " developer portal, or unset TIKTOK_CLIENT_KEY to use the built-in emulator.",
                    null);
        }
        if (!settings.scopes().contains("user.info.basic")) {
            throw new InvalidTikTokSettingsException(
                    "app.tiktok.scopes " + settings.scopes() + " lacks user.info.basic, which sign-in needs.",
                    "Add user.info.basic to app.tiktok.scopes.",
                    null);
        }
        checkRedirectUri(settings.redirectUri());
        if (!settings.emulatorMode()) {
            checkBase("app.tiktok.authorize-base-url (TIKTOK_AUTHORIZE_BASE_URL)", settings.authorizeBaseUrl());
            checkBase("app.tiktok.api-base-url (TIKTOK_API_BASE_URL)", settings.apiBaseUrl());
        }
    }

    private static void checkRedirectUri(String redirectUri) {
        String property = "app.tiktok.redirect-uri (TIKTOK_REDIRECT_URI)";
        URI uri = parse(property, redirectUri);
        if (!isHttp(uri) || uri.getHost() == null) {
            throw invalid(property, redirectUri, "is not an absolute http(s) URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(property, redirectUri, "has a query or fragment, which TikTok does not allow");
        }
    }

    private static void checkBase(String property, URI base) {
        if (!isHttp(base) || base.getHost() == null) {
            throw invalid(property, base.toString(), "is not an absolute http(s) URL");
        }
    }

    private static URI parse(String property, String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(property, value, "is not a valid URL (" + e.getReason() + ")");
        }
    }

    private static boolean isHttp(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
    }

    private static InvalidTikTokSettingsException invalid(String property, String value, String problem) {
        return new InvalidTikTokSettingsException(
                property + " '" + value + "' " + problem + ".",
                "Set it to the redirect URI registered for the app in TikTok's developer portal, e.g."
                        + " https://example.com/auth/tiktok/callback.",
                null);
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
