package io.battlesim.tiktok.emulator;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request to the emulator, independent of the transport that received it.
 *
 * @param method the HTTP method, e.g. {@code GET}; upper-cased
 * @param path the decoded path relative to the emulator base, e.g. {@code /v2/user/info/}
 * @param query the decoded query parameters, in order
 * @param headers the request headers; names are lower-cased
 * @param body the request body, read at most once; empty when there is none
 */
public record EmulatorRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        InputStream body) {

    /** Validates the arguments and stores unmodifiable copies with lower-cased header names. */
    public EmulatorRequest {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(body, "body must not be null");
        method = method.toUpperCase(Locale.ROOT);
        path = path.isEmpty() ? "/" : path;
        query = copy(Objects.requireNonNull(query, "query must not be null"), false);
        headers = copy(Objects.requireNonNull(headers, "headers must not be null"), true);
    }

    /**
     * A body-less request, handy for {@code GET}.
     *
     * @param method the HTTP method, must not be null
     * @param path the path, must not be null
     * @param query the query parameters, must not be null
     * @return the request, never null
     */
    public static EmulatorRequest of(String method, String path, Map<String, List<String>> query) {
        return new EmulatorRequest(method, path, query, Map.of(), InputStream.nullInputStream());
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the first value, or empty when absent
     */
    public Optional<String> header(String name) {
        return first(headers, name.toLowerCase(Locale.ROOT));
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the parameter name, exact case
     * @return the first value, or empty when absent
     */
    public Optional<String> queryParam(String name) {
        return first(query, name);
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source, boolean lowerCaseNames) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((name, values) -> {
            String key = lowerCaseNames ? name.toLowerCase(Locale.ROOT) : name;
            copy.merge(key, List.copyOf(values), EmulatorRequest::concat);
        });
        return Collections.unmodifiableMap(copy);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
