package io.battlesim.tiktok.emulator.publish;

/**
 * How the emulator reads the "MB" of TikTok's FILE_UPLOAD chunk rules (5 MB minimum chunk, 64 MB maximum chunk,
 * 128 MB last chunk, 4 GB file): TikTok's docs never say whether they mean 10^6 or 2^20 bytes (facts §4.6). Run an
 * app's tests under both readings to be sure its chunk plans hold whichever TikTok means.
 */
public enum MegabyteReading {

    /** 1 MB = 1,048,576 bytes (MiB), as the docs' example of a 4 MB file of 4,194,304 bytes implies; the default. */
    BINARY(1L << 20, 1024),

    /** 1 MB = 1,000,000 bytes (and 1 GB = 1,000 MB). */
    DECIMAL(1_000_000L, 1000);

    private final long bytes;
    private final long megabytesPerGigabyte;

    MegabyteReading(long bytes, long megabytesPerGigabyte) {
        this.bytes = bytes;
        this.megabytesPerGigabyte = megabytesPerGigabyte;
    }

    /**
     * The bytes in one "MB".
     *
     * @return 1,048,576 or 1,000,000
     */
    public long bytes() {
        return bytes;
    }

    /** The bytes in {@code count} GB under this reading: GiB, or 10^9 bytes. */
    long gigabytes(long count) {
        return count * megabytesPerGigabyte * bytes;
    }

    /** The bytes in {@code count} MB under this reading, as the emulator's messages spell it. */
    String describe(long count) {
        return String.format(java.util.Locale.ROOT, "%d MB (%,d bytes)", count, count * bytes);
    }
}
