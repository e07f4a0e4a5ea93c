package io.battlesim.tiktok.emulator.http;

import java.util.Objects;

/**
 * One entry of the route table.
 *
 * @param method the HTTP method
 * @param pattern an exact path, or a prefix ending in {@code *} (e.g. {@code /avatars/*})
 * @param style how errors and faults on this route are shaped
 * @param endpoint the handler
 */
public record Route(String method, String pattern, ErrorStyle style, Endpoint endpoint) {

    /** Checks that nothing is null. */
    public Route {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(pattern, "pattern must not be null");
        Objects.requireNonNull(style, "style must not be null");
        Objects.requireNonNull(endpoint, "endpoint must not be null");
    }

    boolean matchesPath(String path) {
        return pattern.endsWith("*")
                ? path.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(path);
    }
}
