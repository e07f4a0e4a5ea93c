package io.battlesim.bench.insights;

import java.util.function.Predicate;

/**
 * What a complete answer contains. Every timed response is checked, so that a broken page or an error answer
 * fails the run instead of being reported as a fast call.
 */
final class Checks {

    private Checks() {}

    /** The body contains every one of these strings. */
    static Predicate<String> contains(String... parts) {
        return body -> {
            for (String part : parts) {
                if (!body.contains(part)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The body has exactly this many lines (CSV: the header and one line a row). */
    static Predicate<String> lines(long count) {
        return body -> body.lines().count() == count;
    }

    /** How often {@code part} occurs in the body. */
    static long occurrences(String body, String part) {
        long count = 0;
        for (int at = body.indexOf(part); at >= 0; at = body.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** The start of a body, on one line, for an error message. */
    static String excerpt(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= 400 ? line : line.substring(0, 400) + "...";
    }
}
