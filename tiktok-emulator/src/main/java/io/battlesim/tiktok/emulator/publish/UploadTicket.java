package io.battlesim.tiktok.emulator.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * The {@code upload_url} of a FILE_UPLOAD task: its id and token (the URL is the only credential, as at TikTok),
 * the declared chunk plan and when the URL stops working.
 *
 * @param uploadId the {@code upload_id} query parameter
 * @param uploadToken the {@code upload_token} query parameter; a secret
 * @param plan the chunk plan declared at init
 * @param expiresAt when the URL expires, on the emulator clock
 */
record UploadTicket(String uploadId, String uploadToken, ChunkPlan plan, Instant expiresAt) {

    boolean tokenMatches(String presented) {
        return MessageDigest.isEqual(
                uploadToken.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "UploadTicket[" + uploadId + ", plan=" + plan + ", expiresAt=" + expiresAt + "]";
    }
}
