package io.battlesim.app.publish.job;

import java.util.Objects;

/**
 * What the user chose on the post form; TikTok gets exactly this.
 *
 * @param title the title (photo) or caption (video)
 * @param description the photo description (empty for videos)
 * @param privacyLevel one of the creator's {@code privacy_level_options}
 * @param allowComment whether comments are allowed
 * @param allowDuet whether duets are allowed (videos)
 * @param allowStitch whether stitches are allowed (videos)
 * @param yourBrand commercial disclosure: promotes the creator's own business ({@code brand_organic_toggle})
 * @param brandedContent commercial disclosure: paid partnership ({@code brand_content_toggle})
 */
public record PostChoices(
        String title,
        String description,
        String privacyLevel,
        boolean allowComment,
        boolean allowDuet,
        boolean allowStitch,
        boolean yourBrand,
        boolean brandedContent) {

    public PostChoices {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(privacyLevel, "privacyLevel must not be null");
    }
}
