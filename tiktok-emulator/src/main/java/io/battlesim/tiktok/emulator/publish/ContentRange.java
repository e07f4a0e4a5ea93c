package io.battlesim.tiktok.emulator.publish;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's {@code Content-Range: bytes first-last/total}, inclusive and 0-based.
 *
 * @param first the first byte
 * @param last the last byte
 * @param total the whole file's size
 */
record ContentRange(long first, long last, long total) {

    private static final Pattern FORMAT = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18})");

    static Optional<ContentRange> parse(String header) {
        Matcher matcher = FORMAT.matcher(header.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long first = Long.parseLong(matcher.group(1));
        long last = Long.parseLong(matcher.group(2));
        long total = Long.parseLong(matcher.group(3));
        return first <= last && last < total ? Optional.of(new ContentRange(first, last, total)) : Optional.empty();
    }

    long length() {
        return last - first + 1;
    }

    /** The response header TikTok sends on every answer: what it has so far. */
    static String received(long bytes, long total) {
        return bytes == 0 ? "bytes */" + total : "bytes 0-" + (bytes - 1) + "/" + total;
    }
}
