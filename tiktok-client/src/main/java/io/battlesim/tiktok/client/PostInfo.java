package io.battlesim.tiktok.client;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code post_info} of a Direct Post video. The privacy level must be one the user chose from {@link
 * CreatorInfo#privacyLevelOptions()}; the toggles should start unchecked in the form.
 *
 * @param title the caption, at most 2200 UTF-16 units (what {@link String#length()} counts), or null for none
 * @param privacyLevel for example {@code SELF_ONLY}, never null
 * @param disableComment turn comments off
 * @param disableDuet turn duets off
 * @param disableStitch turn stitches off
 * @param videoCoverTimestampMs the frame to use as cover, or null for the first frame
 * @param brandContentToggle a paid partnership promoting a third party (never with {@code SELF_ONLY})
 * @param brandOrganicToggle promoting the creator's own business
 * @param isAigc AI-generated content
 */
public record PostInfo(
        @Nullable String title,
        String privacyLevel,
        boolean disableComment,
        boolean disableDuet,
        boolean disableStitch,
        @Nullable Integer videoCoverTimestampMs,
        boolean brandContentToggle,
        boolean brandOrganicToggle,
        boolean isAigc) {

    /** TikTok's limit on video titles in UTF-16 units. */
    public static final int MAX_TITLE_LENGTH = 2200;

    /** The privacy level that branded content may never use. */
    public static final String SELF_ONLY = "SELF_ONLY";

    /**
     * Validates the post.
     *
     * @throws IllegalArgumentException when the title is too long or branded content is {@code SELF_ONLY}
     */
    public PostInfo {
        Objects.requireNonNull(privacyLevel, "privacyLevel must not be null");
        if (title != null && title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException(
                    "title must be at most " + MAX_TITLE_LENGTH + " UTF-16 units but was " + title.length());
        }
        if (brandContentToggle && SELF_ONLY.equals(privacyLevel)) {
            throw new IllegalArgumentException("branded content cannot be SELF_ONLY");
        }
    }

    /** A post with a title and privacy level and every toggle off; never null. */
    public static PostInfo of(@Nullable String title, String privacyLevel) {
        return new PostInfo(title, privacyLevel, false, false, false, null, false, false, false);
    }
}
