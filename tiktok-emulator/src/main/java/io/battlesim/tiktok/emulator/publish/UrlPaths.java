package io.battlesim.tiktok.emulator.publish;

import java.util.HexFormat;
import java.util.Locale;

/**
 * RFC 3986 normalisation of a URL's path, so a verified URL prefix is checked against the path a server will
 * really serve: percent-encoded unreserved characters are decoded (so {@code %2e%2e} is {@code ..}), the other
 * escapes get upper-case hex, and dot segments are removed (§5.2.4), so {@code /cards/../api/x.jpg} is {@code
 * /api/x.jpg}.
 */
final class UrlPaths {

    private UrlPaths() {}

    /** The normalised form of a raw (still percent-encoded) absolute path. */
    static String normalise(String rawPath) {
        return removeDotSegments(decodeUnreserved(rawPath));
    }

    /**
     * Whether a normalised path holds an encoded {@code /} or {@code \}: servers differ on whether such an escape
     * separates segments, so no prefix can be said to contain it.
     */
    static boolean hasEncodedSeparator(String normalisedPath) {
        return normalisedPath.contains("%2F") || normalisedPath.contains("%5C");
    }

    static String decodeUnreserved(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                int value = HexFormat.fromHexDigits(raw, i + 1, i + 3);
                if (unreserved(value)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** RFC 3986 §5.2.4, step by step. */
    static String removeDotSegments(String path) {
        String input = path;
        StringBuilder output = new StringBuilder(path.length());
        while (!input.isEmpty()) {
            if (input.startsWith("../")) {
                input = input.substring(3);
            } else if (input.startsWith("./")) {
                input = input.substring(2);
            } else if (input.startsWith("/./")) {
                input = input.substring(2);
            } else if (input.equals("/.")) {
                input = "/";
            } else if (input.startsWith("/../")) {
                input = input.substring(3);
                dropLastSegment(output);
            } else if (input.equals("/..")) {
                input = "/";
                dropLastSegment(output);
            } else if (input.equals(".") || input.equals("..")) {
                input = "";
            } else {
                int next = input.indexOf('/', input.startsWith("/") ? 1 : 0);
                int end = next < 0 ? input.length() : next;
                output.append(input, 0, end);
                input = input.substring(end);
            }
        }
        return output.toString();
    }

    private static void dropLastSegment(StringBuilder output) {
        int slash = output.lastIndexOf("/");
        output.setLength(Math.max(slash, 0));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean unreserved(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
