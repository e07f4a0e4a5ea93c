package io.battlesim.tiktok.client;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One of the user's public videos (TikTok's Video Object); a component is null when its field was not requested or
 * not returned. Texts are untrusted user input: escape them when rendering, and sanitise {@code embedHtml} before
 * putting it in a page. {@code coverImageUrl} works for 6 hours; {@link Display#videoQuery} gives fresh ones.
 *
 * @param id the video id (about 19 digits: keep it a string)
 * @param createTime when the video was posted ({@code create_time}, whole seconds)
 * @param coverImageUrl the cover image, a link that expires after 6 hours
 * @param shareUrl a link to the video on TikTok
 * @param videoDescription the description, at most 150 characters
 * @param duration the length in seconds
 * @param height the height in pixels
 * @param width the width in pixels
 * @param title the title, at most 150 characters
 * @param embedHtml TikTok's embed code
 * @param embedLink the embeddable player's URL
 * @param likeCount likes
 * @param commentCount comments
 * @param shareCount shares
 * @param viewCount views
 */
public record Video(
        @Nullable String id,
        @Nullable Instant createTime,
        @Nullable String coverImageUrl,
        @Nullable String shareUrl,
        @Nullable String videoDescription,
        @Nullable Integer duration,
        @Nullable Integer height,
        @Nullable Integer width,
        @Nullable String title,
        @Nullable String embedHtml,
        @Nullable String embedLink,
        @Nullable Long likeCount,
        @Nullable Long commentCount,
        @Nullable Long shareCount,
        @Nullable Long viewCount) {}
