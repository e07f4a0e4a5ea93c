package io.battlesim.tiktok.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The emulator's answer to one {@link EmulatorRequest}, independent of the transport that sends it.
 *
 * @param status the HTTP status
 * @param headers the response headers; names are lower-cased
 * @param body the response body, possibly empty
 * @param dropConnection true when the transport must close the connection without answering (fault mode)
 */
public record EmulatorResponse(int status, Map<String, String> headers, byte[] body, boolean dropConnection) {

    /** Validates the arguments and stores an unmodifiable copy of the headers with lower-cased names. */
    public EmulatorResponse {
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, value) -> copy.put(name.toLowerCase(Locale.ROOT), value));
        headers = Collections.unmodifiableMap(copy);
    }

    /**
     * A response that tells the transport to drop the connection without an answer.
     *
     * @return the response, never null
     */
    public static EmulatorResponse dropped() {
        return new EmulatorResponse(0, Map.of(), new byte[0], true);
    }

    /**
     * The value of a header.
     *
     * @param name the header name, any case
     * @return the value, or empty when absent
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The body decoded as UTF-8.
     *
     * @return the body text, never null
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * A copy of this response with one more header.
     *
     * @param name the header name
     * @param value the header value
     * @return the new response, never null
     */
    public EmulatorResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name.toLowerCase(Locale.ROOT), value);
        return new EmulatorResponse(status, copy, body, dropConnection);
    }

    @Override
    public String toString() {
        return "EmulatorResponse[status=" + status + ", headers=" + headers + ", bodyBytes=" + body.length
                + ", dropConnection=" + dropConnection + "]";
    }
}
