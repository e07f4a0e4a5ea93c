package io.battlesim.app.insights;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One video as a snapshot saw it: what TikTok's video list reported, untrusted text included (escaped wherever it
 * is shown).
 */
public record VideoSeen(
        String videoId,
        Instant createdAt,
        String title,
        String description,
        int durationSeconds,
        @Nullable String coverUrl,
        @Nullable String shareUrl,
        long views,
        long likes,
        long comments,
        long shares) {

    public VideoSeen {
        Objects.requireNonNull(videoId, "videoId must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        title = clip(title, 300);
        description = clip(description, 600);
    }

    private static String clip(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max; // never half an emoji
        return text.substring(0, end);
    }
}
