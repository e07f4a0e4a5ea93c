package io.battlesim.tiktok.emulator.publish;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The domains and URL prefixes verified for PULL_FROM_URL (§4.7). Shared by all apps: the emulator has one
 * developer portal. A domain covers its subdomains; a prefix covers URLs that start with it exactly.
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
        if (uri == null || !schemeAllowed(uri) || !prefix.strip().endsWith("/") || uri.getRawQuery() != null) {
            throw new IllegalArgumentException("a URL prefix is https:// + host + path ending in /, got " + prefix);
        }
        String normalised = uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                + uri.getRawAuthority().toLowerCase(Locale.ROOT) + uri.getRawPath();
        prefixes.add(normalised);
        return normalised;
    }

    /** Accepts either form: text with {@code ://} is a URL prefix, anything else a domain. */
    String verify(String domainOrPrefix) {
        return domainOrPrefix.contains("://") ? verifyUrlPrefix(domainOrPrefix) : verifyDomain(domainOrPrefix);
    }

    boolean covers(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String text = url.getScheme().toLowerCase(Locale.ROOT) + "://"
                + (url.getRawAuthority() == null ? "" : url.getRawAuthority().toLowerCase(Locale.ROOT))
                + (url.getRawPath() == null ? "" : url.getRawPath());
        return domains.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain))
                || prefixes.stream().anyMatch(text::startsWith);
    }

    List<String> all() {
        return java.util.stream.Stream.concat(domains.stream(), prefixes.stream())
                .toList();
    }

    /**
     * Parses a media URL; null when it is not an absolute URL TikTok could fetch. TikTok needs https; the emulator
     * also takes http on loopback hosts so apps running on localhost can be pulled from.
     */
    static @org.jspecify.annotations.Nullable URI parse(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null && schemeAllowed(uri) ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean schemeAllowed(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        return scheme.equals("https") || (scheme.equals("http") && loopback);
    }
}
