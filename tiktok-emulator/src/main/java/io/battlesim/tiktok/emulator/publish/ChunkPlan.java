package io.battlesim.tiktok.emulator.publish;

import java.util.Optional;

/**
 * A FILE_UPLOAD chunk plan as declared at init, checked by TikTok's rules (§4.6) with "MB" read as the emulator is
 * set to (by default MiB, 1 MB = 1,048,576 bytes, the reading the facts file gives).
 *
 * @param videoSize the file size in bytes
 * @param chunkSize the size of every chunk but the last
 * @param totalChunkCount the number of chunks
 */
record ChunkPlan(long videoSize, long chunkSize, long totalChunkCount) {

    static final long MIN_CHUNK_MB = 5;
    static final long MAX_CHUNK_MB = 64;
    static final long MAX_LAST_CHUNK_MB = 128;
    static final long MAX_VIDEO_GB = 4;
    static final long MAX_CHUNKS = 1000;

    /** What is wrong with the plan when MB means {@code reading}, or empty when TikTok would accept it. */
    Optional<String> problem(MegabyteReading reading) {
        long mb = reading.bytes();
        long maxVideo = reading.gigabytes(MAX_VIDEO_GB);
        if (videoSize <= 0 || videoSize > maxVideo) {
            return Optional.of("video_size must be between 1 byte and 4 GB ("
                    + String.format(java.util.Locale.ROOT, "%,d", maxVideo) + " bytes).");
        }
        if (videoSize < MIN_CHUNK_MB * mb) {
            return chunkSize == videoSize && totalChunkCount == 1
                    ? Optional.empty()
                    : Optional.of("A video under " + reading.describe(MIN_CHUNK_MB)
                            + " goes up whole: chunk_size = video_size, total_chunk_count = 1.");
        }
        if (chunkSize < MIN_CHUNK_MB * mb || chunkSize > MAX_CHUNK_MB * mb) {
            return Optional.of("chunk_size must be between " + reading.describe(MIN_CHUNK_MB) + " and "
                    + reading.describe(MAX_CHUNK_MB) + ".");
        }
        if (totalChunkCount != videoSize / chunkSize) {
            return Optional.of(
                    "total_chunk_count must be floor(video_size / chunk_size) = " + videoSize / chunkSize + ".");
        }
        if (totalChunkCount < 1 || totalChunkCount > MAX_CHUNKS) {
            return Optional.of("total_chunk_count must be between 1 and 1000.");
        }
        if (totalChunkCount == 1 && videoSize > MAX_CHUNK_MB * mb) {
            return Optional.of("A video over " + reading.describe(MAX_CHUNK_MB) + " must be uploaded in chunks.");
        }
        if (lastChunkSize() > MAX_LAST_CHUNK_MB * mb) {
            return Optional.of("The last chunk may not exceed " + reading.describe(MAX_LAST_CHUNK_MB) + ".");
        }
        return Optional.empty();
    }

    long lastChunkSize() {
        return videoSize - (totalChunkCount - 1) * chunkSize;
    }

    /** The inclusive last byte of the chunk that starts at {@code first}. */
    long chunkEnd(long first) {
        long index = first / chunkSize;
        return index >= totalChunkCount - 1 ? videoSize - 1 : first + chunkSize - 1;
    }
}
