package io.battlesim.tiktok.client;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A photo post for {@code POST /v2/post/publish/content/init/}: up to 35 JPEG or WebP images TikTok pulls from
 * verified URLs. Privacy, comment, music and brand settings apply to {@link PostMode#DIRECT_POST} only.
 *
 * @param postMode direct post or upload to the inbox, never null
 * @param title at most 90 UTF-16 units, or null
 * @param description at most 4000 UTF-16 units, or null
 * @param privacyLevel required for direct posts, null otherwise allowed
 * @param disableComment turn comments off
 * @param autoAddMusic let TikTok add recommended music
 * @param brandContentToggle a paid partnership promoting a third party (never with {@code SELF_ONLY})
 * @param brandOrganicToggle promoting the creator's own business
 * @param photoImages 1 to 35 image URLs, never null
 * @param photoCoverIndex the 0-based index of the cover image
 */
public record PhotoPost(
        PostMode postMode,
        @Nullable String title,
        @Nullable String description,
        @Nullable String privacyLevel,
        boolean disableComment,
        boolean autoAddMusic,
        boolean brandContentToggle,
        boolean brandOrganicToggle,
        List<URI> photoImages,
        int photoCoverIndex) {

    /** TikTok's limit on photo titles in UTF-16 units. */
    public static final int MAX_TITLE_LENGTH = 90;

    /** TikTok's limit on photo descriptions in UTF-16 units. */
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    /** TikTok's limit on images per post. */
    public static final int MAX_IMAGES = 35;

    /**
     * Validates the post.
     *
     * @throws IllegalArgumentException when a text is too long, the image count or cover index is out of range, a
     *     direct post has no privacy level, or branded content is {@code SELF_ONLY}
     */
    public PhotoPost {
        Objects.requireNonNull(postMode, "postMode must not be null");
        photoImages = List.copyOf(Objects.requireNonNull(photoImages, "photoImages must not be null"));
        checkLength("title", title, MAX_TITLE_LENGTH);
        checkLength("description", description, MAX_DESCRIPTION_LENGTH);
        if (photoImages.isEmpty() || photoImages.size() > MAX_IMAGES) {
            throw new IllegalArgumentException("need 1 to " + MAX_IMAGES + " images but got " + photoImages.size());
        }
        if (photoCoverIndex < 0 || photoCoverIndex >= photoImages.size()) {
            throw new IllegalArgumentException("photoCoverIndex " + photoCoverIndex + " is not an image index");
        }
        if (postMode == PostMode.DIRECT_POST && privacyLevel == null) {
            throw new IllegalArgumentException("a direct post needs a privacy level");
        }
        if (brandContentToggle && PostInfo.SELF_ONLY.equals(privacyLevel)) {
            throw new IllegalArgumentException("branded content cannot be SELF_ONLY");
        }
    }

    private static void checkLength(String name, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            throw new IllegalArgumentException(
                    name + " must be at most " + max + " UTF-16 units but was " + text.length());
        }
    }
}
