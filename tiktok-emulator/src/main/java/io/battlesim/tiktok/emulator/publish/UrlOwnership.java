package io.battlesim.tiktok.emulator.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The domains and URL prefixes verified for PULL_FROM_URL (§4.7). Shared by all apps: the emulator has one
 * developer portal. A domain covers its subdomains; a prefix covers URLs that start with it exactly, compared after
 * both are normalised (see {@link #parse(String)}), so a URL whose dot segments lead out of the prefix is not
 * covered.
 */
final class UrlOwnership {

    private final Set<String> domains = new ConcurrentSkipListSet<>();
    private final Set<String> prefixes = new ConcurrentSkipListSet<>();

    String verifyDomain(String domain) {
        Objects.requireNonNull(domain, "domain must not be null");
        String host = domain.strip().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !host.matches("[a-z0-9.\\-]+|\\[[0-9a-f:]+]")) {
            throw new IllegalArgumentException("a domain is a host name such as static.example.com, got " + domain);
        }
        domains.add(host);
        return host;
    }

    String verifyUrlPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix must not be null");
        URI uri = parse(prefix.strip());
        if (uri == null
                || !uri.getRawPath().endsWith("/")
                || uri.getRawQuery() != null
                || UrlPaths.hasEncodedSeparator(uri.getRawPath())) {
            throw new IllegalArgumentException("a URL prefix is https:// + host + path ending in /, got " + prefix);
        }
        String normalised = text(uri);
        prefixes.add(normalised);
        return normalised;
    }

    /** Accepts either form: text with {@code ://} is a URL prefix, anything else a domain. */
    String verify(String domainOrPrefix) {
        return domainOrPrefix.contains("://") ? verifyUrlPrefix(domainOrPrefix) : verifyDomain(domainOrPrefix);
    }

    /** Whether a URL from {@link #parse(String)} is on a verified domain or under a verified prefix. */
    boolean covers(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (domains.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain))) {
            return true;
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String text = text(url);
        return !UrlPaths.hasEncodedSeparator(path) && prefixes.stream().anyMatch(text::startsWith);
    }

    List<String> all() {
        return Stream.concat(domains.stream(), prefixes.stream()).toList();
    }

    /**
     * Parses and normalises a media URL; null when it is not an absolute URL TikTok could fetch. TikTok needs https;
     * the emulator also takes http on loopback hosts so apps running on localhost can be pulled from. Before the
     * path is normalised (RFC 3986: unreserved escapes such as {@code %2e} decoded, dot segments removed) a {@code
     * \} before the query counts as {@code /}, as browsers and many servers read it.
     */
    static @Nullable URI parse(String url) {
        try {
            URI uri = new URI(backslashesAsSlashes(url));
            if (!uri.isAbsolute() || uri.getHost() == null || !schemeAllowed(uri)) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return new URI(uri.getScheme() + "://" + uri.getRawAuthority() + UrlPaths.normalise(path)
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String backslashesAsSlashes(String url) {
        int end = url.length();
        for (char delimiter : new char[] {'?', '#'}) {
            int at = url.indexOf(delimiter);
            end = at < 0 ? end : Math.min(end, at);
        }
        return url.substring(0, end).replace('\\', '/') + url.substring(end);
    }

    private static String text(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                + uri.getRawAuthority().toLowerCase(Locale.ROOT) + uri.getRawPath();
    }

    private static boolean schemeAllowed(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        return scheme.equals("https") || (scheme.equals("http") && loopback);
    }
}
