package io.battlesim.tiktok.emulator.http;

import io.battlesim.tiktok.emulator.EmulatorRequest;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the emulator is reachable from a browser, for absolute avatar URLs and form actions. Until it is set, the
 * request's {@code Host} header (if well-formed) is used.
 */
public final class PublicBaseUrl {

    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");

    private final AtomicReference<@Nullable String> configured = new AtomicReference<>();

    /**
     * Sets the base URL.
     *
     * @param baseUrl an absolute http(s) URL, e.g. {@code http://localhost:5000/emulator}; a trailing slash is
     *     removed
     */
    public void set(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl must not be null");
        URI uri = URI.create(baseUrl);
        if (!uri.isAbsolute()
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("public base URL must be an absolute http(s) URL: " + baseUrl);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("public base URL must not have a query or fragment: " + baseUrl);
        }
        configured.set(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }

    /**
     * The base URL outside any request, e.g. for URLs inside LIVE frames.
     *
     * @return the configured URL, else {@code http://localhost}
     */
    public String current() {
        String value = configured.get();
        return value != null ? value : "http://localhost";
    }

    /**
     * The base URL for one request.
     *
     * @param request the request
     * @return the configured URL, else {@code http://<Host header>}, else {@code http://localhost}
     */
    public String resolve(EmulatorRequest request) {
        String value = configured.get();
        if (value != null) {
            return value;
        }
        return request.header("host")
                .filter(host -> HOST.matcher(host).matches())
                .map(host -> "http://" + host)
                .orElse("http://localhost");
    }
}
