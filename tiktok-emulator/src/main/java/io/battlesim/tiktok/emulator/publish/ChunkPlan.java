package io.battlesim.tiktok.emulator.publish;

import java.util.Optional;

/**
 * A FILE_UPLOAD chunk plan as declared at init, checked by TikTok's rules (§4.6) with MB read as MiB (1 MB =
 * 1,048,576 bytes), the reading the facts file gives.
 *
 * @param videoSize the file size in bytes
 * @param chunkSize the size of every chunk but the last
 * @param totalChunkCount the number of chunks
 */
record ChunkPlan(long videoSize, long chunkSize, long totalChunkCount) {

    static final long MIB = 1L << 20;
    static final long MIN_CHUNK = 5 * MIB;
    static final long MAX_CHUNK = 64 * MIB;
    static final long MAX_LAST_CHUNK = 128 * MIB;
    static final long MAX_VIDEO = 4L << 30;
    static final long MAX_CHUNKS = 1000;

    /** What is wrong with the plan, or empty when TikTok would accept it. */
    Optional<String> problem() {
        if (videoSize <= 0 || videoSize > MAX_VIDEO) {
            return Optional.of("video_size must be between 1 byte and 4 GiB.");
        }
        if (videoSize < MIN_CHUNK) {
            return chunkSize == videoSize && totalChunkCount == 1
                    ? Optional.empty()
                    : Optional.of("A video under 5 MB goes up whole: chunk_size = video_size, total_chunk_count = 1.");
        }
        if (chunkSize < MIN_CHUNK || chunkSize > MAX_CHUNK) {
            return Optional.of("chunk_size must be between 5 MB and 64 MB (MB = 1,048,576 bytes).");
        }
        if (totalChunkCount != videoSize / chunkSize) {
            return Optional.of(
                    "total_chunk_count must be floor(video_size / chunk_size) = " + videoSize / chunkSize + ".");
        }
        if (totalChunkCount < 1 || totalChunkCount > MAX_CHUNKS) {
            return Optional.of("total_chunk_count must be between 1 and 1000.");
        }
        if (totalChunkCount == 1 && videoSize > MAX_CHUNK) {
            return Optional.of("A video over 64 MB must be uploaded in chunks.");
        }
        if (lastChunkSize() > MAX_LAST_CHUNK) {
            return Optional.of("The last chunk may not exceed 128 MB.");
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
