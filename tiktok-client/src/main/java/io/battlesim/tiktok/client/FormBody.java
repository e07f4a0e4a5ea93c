package io.battlesim.tiktok.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds an {@code application/x-www-form-urlencoded} body or query string (UTF-8, fields in insertion order). */
final class FormBody {

    private final StringJoiner pairs = new StringJoiner("&");

    FormBody add(String name, String value) {
        return addEncoded(name, encode(value));
    }

    /** Adds a field whose value is already encoded, such as a comma-joined list of encoded scope names. */
    FormBody addEncoded(String name, String encodedValue) {
        pairs.add(encode(name) + "=" + encodedValue);
        return this;
    }

    String encode() {
        return pairs.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
