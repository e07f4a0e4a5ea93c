package io.battlesim.tiktok.emulator.http;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decoded {@code application/x-www-form-urlencoded} data (a form body or a query string), multi-valued and
 * ordered.
 *
 * @param values parameter names to their values, in order
 */
public record FormData(Map<String, List<String>> values) {

    /** Stores an unmodifiable copy. */
    public FormData {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(values, "values must not be null")
                .forEach((name, list) -> copy.put(name, List.copyOf(list)));
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * Decodes form-encoded text ({@code +} is a space, {@code %XX} UTF-8 bytes).
     *
     * @param encoded the raw text, e.g. {@code a=1&b=x%2Cy}; may be empty
     * @return the decoded data, never null
     * @throws MalformedRequestException when a percent escape is invalid
     */
    public static FormData parse(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return new FormData(values);
    }

    /**
     * Form-encodes parameters in order, for a query string.
     *
     * @param parameters names to single values, in order
     * @return e.g. {@code code=a%21b&state=x}, never null
     */
    public static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * Form-encodes one value.
     *
     * @param value the raw value
     * @return the encoded value, never null
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The first value of a parameter.
     *
     * @param name the parameter name
     * @return the value, or empty when absent
     */
    public Optional<String> first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * The first value of a parameter when it is present and not blank.
     *
     * @param name the parameter name
     * @return the value, or empty when absent or blank
     */
    public Optional<String> nonBlank(String name) {
        return first(name).filter(value -> !value.isBlank());
    }

    /**
     * All values of a parameter.
     *
     * @param name the parameter name
     * @return the values in order, never null
     */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedRequestException("The request contains an invalid percent-encoding.");
        }
    }
}
