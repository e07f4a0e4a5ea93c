package io.battlesim.app.auth.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The host TikTok sends a sign-in back to (the redirect URI's). A sign-in started under another name of this server
 * ({@code 127.0.0.1} when the redirect URI says {@code localhost}) would keep its state in a session cookie the
 * callback never sees, so it is moved to the callback's host first.
 *
 * @param origin scheme, host and port of the redirect URI, e.g. {@code http://localhost:5000}
 * @param host its host, lower case
 * @param port its port, the scheme's default when none is given
 */
record CallbackHost(String origin, String host, int port) {

    static Optional<CallbackHost> of(String redirectUri) {
        try {
            URI uri = URI.create(redirectUri.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
            return Optional.of(new CallbackHost(origin, uri.getHost().toLowerCase(Locale.ROOT), port));
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }

    /** Whether {@code request} reached this server under the callback's host name and port. */
    boolean serves(HttpServletRequest request) {
        return request.getServerName().toLowerCase(Locale.ROOT).equals(host) && request.getServerPort() == port;
    }
}
