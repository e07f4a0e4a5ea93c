package io.battlesim.tiktok.client;

import java.util.ArrayList;
import java.util.List;

/**
 * How a FILE_UPLOAD video is cut into chunks: the {@code video_size}, {@code chunk_size} and {@code
 * total_chunk_count} sent at init, and the byte range of every PUT.
 *
 * <p>TikTok's rules: {@code total_chunk_count = floor(video_size / chunk_size)}, between 1 and 1000; every chunk is
 * 5 to 64 MB except the last, which absorbs the remainder and may reach 128 MB; a file under 5 MB goes up whole; a
 * file over 64 MB must be chunked. The docs never say whether "MB" means 10^6 or 2^20 bytes, so {@link
 * #forSize(long)} plans chunks that are valid under <em>both</em> readings by taking the stricter bound of each
 * rule: a minimum chunk of 5 MiB (5,242,880 B, the larger minimum), a maximum chunk of 64,000,000 B and a last chunk
 * of at most 128,000,000 B (the smaller maxima), and a single whole-file chunk only up to 64,000,000 B (above that
 * the decimal reading demands chunking). A whole-file chunk is valid under both readings at any size up to
 * 64,000,000 B: below 5 MB either reading requires it, and above 5 MB it is one chunk that meets the minimum.
 *
 * @param videoSize the file size in bytes, positive
 * @param chunkSize the size of every chunk but the last, positive and at most {@code videoSize}
 * @param totalChunkCount {@code floor(videoSize / chunkSize)}
 */
public record ChunkPlan(long videoSize, long chunkSize, long totalChunkCount) {

    /** 5 MiB: the smallest chunk allowed under both the MB and MiB readings. */
    public static final long MIN_CHUNK = 5L * 1024 * 1024;

    /** 64 MB (decimal): the largest chunk, and the largest single-chunk file, allowed under both readings. */
    public static final long MAX_CHUNK = 64_000_000L;

    /** 128 MB (decimal): the largest last chunk allowed under both readings. */
    public static final long MAX_LAST_CHUNK = 128_000_000L;

    /** TikTok's maximum number of chunks. */
    public static final int MAX_CHUNKS = 1000;

    /** Validates that the numbers are consistent; use {@link #forSize(long)} for a plan TikTok accepts. */
    public ChunkPlan {
        if (videoSize < 1 || chunkSize < 1 || chunkSize > videoSize) {
            throw new IllegalArgumentException(
                    "need 0 < chunkSize <= videoSize but got chunkSize " + chunkSize + ", videoSize " + videoSize);
        }
        if (totalChunkCount != videoSize / chunkSize) {
            throw new IllegalArgumentException("totalChunkCount must be floor(videoSize / chunkSize) = "
                    + videoSize / chunkSize + " but was " + totalChunkCount);
        }
    }

    /**
     * The plan for a file of {@code videoSize} bytes, valid under both readings of TikTok's limits, with chunks of
     * up to {@link #MAX_CHUNK} bytes (fewest requests). Never null.
     *
     * @throws IllegalArgumentException when {@code videoSize} is not positive or too large for 1000 chunks
     */
    public static ChunkPlan forSize(long videoSize) {
        return forSize(videoSize, MAX_CHUNK);
    }

    /**
     * The plan for a file of {@code videoSize} bytes with chunks as close to {@code preferredChunkSize} as the rules
     * under both readings allow (smaller chunks resend less after a failure). Never null.
     *
     * @throws IllegalArgumentException when {@code videoSize} is not positive or too large for 1000 chunks
     */
    public static ChunkPlan forSize(long videoSize, long preferredChunkSize) {
        if (videoSize < 1) {
            throw new IllegalArgumentException("videoSize must be positive but was " + videoSize);
        }
        if (videoSize <= MAX_CHUNK) {
            return of(videoSize, videoSize);
        }
        // At least two chunks, since the file must be chunked. The last chunk is below 2 * chunk <= 128 MB by
        // construction; the only other bound is the count, floor(size / chunk) <= 1000.
        long chunk = Math.min(Math.clamp(preferredChunkSize, MIN_CHUNK, MAX_CHUNK), videoSize / 2);
        chunk = Math.max(chunk, videoSize / (MAX_CHUNKS + 1) + 1);
        if (chunk > MAX_CHUNK) {
            throw new IllegalArgumentException("videoSize " + videoSize + " needs more than " + MAX_CHUNKS + " chunks");
        }
        return of(videoSize, chunk);
    }

    /** A plan with the given sizes and the count TikTok derives from them, whether or not TikTok accepts it. */
    public static ChunkPlan of(long videoSize, long chunkSize) {
        return new ChunkPlan(videoSize, chunkSize, chunkSize < 1 ? 0 : videoSize / chunkSize);
    }

    /** The byte range of chunk {@code index} (0-based); the last chunk carries the remainder. Never null. */
    public ByteRange range(long index) {
        if (index < 0 || index >= totalChunkCount) {
            throw new IndexOutOfBoundsException("chunk " + index + " of " + totalChunkCount);
        }
        long first = index * chunkSize;
        long last = index == totalChunkCount - 1 ? videoSize - 1 : first + chunkSize - 1;
        return new ByteRange(first, last);
    }

    /** Every chunk's byte range in upload order; never null. */
    public List<ByteRange> ranges() {
        List<ByteRange> ranges = new ArrayList<>();
        for (long i = 0; i < totalChunkCount; i++) {
            ranges.add(range(i));
        }
        return List.copyOf(ranges);
    }

    /** The size of the last chunk, which absorbs the remainder. */
    public long lastChunkSize() {
        return videoSize - (totalChunkCount - 1) * chunkSize;
    }

    /** The index of the chunk that starts at {@code offset}, or -1 when no chunk starts there. */
    long chunkStartingAt(long offset) {
        if (offset < 0 || offset % chunkSize != 0 || offset / chunkSize >= totalChunkCount) {
            return -1;
        }
        return offset / chunkSize;
    }
}
