package io.battlesim.tiktok.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A verified webhook call from TikTok. Delivery is at-least-once and payloads carry no id, so deduplicate on {@link
 * #dedupKey()}.
 *
 * @param clientKey the app the event is for, never null
 * @param event the event name, for example {@code post.publish.complete}, never null
 * @param createTime when TikTok created the event, never null
 * @param userOpenId the user's open id, never null (empty when TikTok sent none)
 * @param content the event's {@code content}: a JSON document TikTok sends as a string, never null
 */
public record WebhookEvent(String clientKey, String event, Instant createTime, String userOpenId, String content) {

    /** The documented misspelling TikTok sends; {@link #isNoLongerPubliclyAvailable()} also accepts the fix. */
    public static final String NO_LONGER_PUBLICALY_AVAILABLE = "post.publish.no_longer_publicaly_available";

    /** Checks for nulls. */
    public WebhookEvent {
        Objects.requireNonNull(clientKey, "clientKey must not be null");
        Objects.requireNonNull(event, "event must not be null");
        Objects.requireNonNull(createTime, "createTime must not be null");
        Objects.requireNonNull(userOpenId, "userOpenId must not be null");
        Objects.requireNonNull(content, "content must not be null");
    }

    /**
     * A field of the parsed {@code content} as text (numbers as their decimal form), for example {@code publish_id},
     * {@code reason} or {@code post_id}; empty when absent or when content is not a JSON object.
     */
    public Optional<String> contentField(String name) {
        Objects.requireNonNull(name, "name must not be null");
        JsonNode node = Json.parseObject(content.getBytes(StandardCharsets.UTF_8));
        return node == null ? Optional.empty() : Optional.ofNullable(Json.text(node, name));
    }

    /** The {@code publish_id} of a {@code post.publish.*} event. */
    public Optional<String> publishId() {
        return contentField("publish_id");
    }

    /** True for {@code post.publish.no_longer_publicaly_available} in either spelling. */
    public boolean isNoLongerPubliclyAvailable() {
        return NO_LONGER_PUBLICALY_AVAILABLE.equals(event) || "post.publish.no_longer_publicly_available".equals(event);
    }

    /** A SHA-256 hex digest of every field, equal for duplicate deliveries of the same event; never null. */
    public String dedupKey() {
        String joined =
                String.join("\n", clientKey, event, Long.toString(createTime.getEpochSecond()), userOpenId, content);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
