package io.battlesim.tiktok.emulator.publish;

import java.time.Instant;

/**
 * Who created a publish task, and when.
 *
 * @param publishId the {@code publish_id}
 * @param kind which init endpoint
 * @param clientKey the app whose token called init
 * @param openId the creator's open_id
 * @param username the creator's username
 * @param createdAt when init was called, on the emulator clock
 */
record TaskOrigin(
        String publishId, PublishKind kind, String clientKey, String openId, String username, Instant createdAt) {}
