package io.battlesim.tiktok.emulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** TikTok's redirect URI registration rules (web: https; desktop: http on a loopback host with a port). */
final class RedirectUriRules {

    private static final int MAX_LENGTH = 512;
    private static final String WILDCARD_PORT = ":*/";

    private RedirectUriRules() {}

    static void checkRegistrable(String redirectUri) {
        if (redirectUri.length() >= MAX_LENGTH) {
            throw invalid(redirectUri, "it must be shorter than 512 characters");
        }
        URI uri = parse(redirectUri.replace(WILDCARD_PORT, ":1/"));
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw invalid(redirectUri, "it must be absolute");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || redirectUri.contains("#")) {
            throw invalid(redirectUri, "it must not have a query string or a fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return;
        }
        boolean loopback = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1");
        if (!scheme.equals("http") || !loopback || uri.getPort() < 0) {
            throw invalid(redirectUri, "it must be https, or http on localhost or 127.0.0.1 with a port");
        }
    }

    static boolean matches(String registered, String requested) {
        if (registered.equals(requested)) {
            return true;
        }
        int wildcard = registered.indexOf(WILDCARD_PORT);
        if (wildcard < 0) {
            return false;
        }
        String pattern = Pattern.quote(registered.substring(0, wildcard + 1)) + "[0-9]{1,5}"
                + Pattern.quote(registered.substring(wildcard + 2));
        return requested.matches(pattern);
    }

    private static URI parse(String redirectUri) {
        try {
            return new URI(redirectUri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("redirect URI is not a valid URI: " + redirectUri, e);
        }
    }

    private static IllegalArgumentException invalid(String redirectUri, String reason) {
        return new IllegalArgumentException("redirect URI " + redirectUri + " cannot be registered: " + reason);
    }
}
