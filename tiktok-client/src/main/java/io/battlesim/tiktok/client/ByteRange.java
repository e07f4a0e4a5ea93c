package io.battlesim.tiktok.client;

/**
 * One chunk of an upload: bytes {@code first} to {@code last}, both inclusive and 0-based, as {@code
 * Content-Range} counts them.
 *
 * @param first the offset of the chunk's first byte, not negative
 * @param last the offset of the chunk's last byte, not below {@code first}
 */
public record ByteRange(long first, long last) {

    /** Validates the range. */
    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("invalid byte range " + first + "-" + last);
        }
    }

    /** The number of bytes in the range. */
    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} header value for this chunk of a {@code total}-byte file; never null. */
    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }
}
