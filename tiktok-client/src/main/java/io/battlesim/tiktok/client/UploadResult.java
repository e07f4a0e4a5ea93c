package io.battlesim.tiktok.client;

/**
 * A finished upload: TikTok answered 201 to the last chunk and starts processing.
 *
 * @param uploadedBytes the file size
 * @param chunksSent chunks sent by this call (fewer than the plan's count after a resume)
 * @param retries chunk attempts repeated after a failure
 */
public record UploadResult(long uploadedBytes, long chunksSent, int retries) {}
