package io.battlesim.tiktok.emulator.publish;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The parts of {@code post_info} the emulator acts on.
 *
 * @param title the caption, or empty
 * @param description the photo description, or empty
 * @param privacyLevel the privacy, or null (inbox flows)
 * @param brandContent whether the post is a paid partnership
 */
record PostSettings(
        String title, String description, @Nullable String privacyLevel, boolean brandContent) {

    static final int VIDEO_TITLE_MAX = 2200;
    static final int PHOTO_TITLE_MAX = 90;
    static final int DESCRIPTION_MAX = 4000;

    static final PostSettings NONE = new PostSettings("", "", null, false);

    PostSettings withPrivacyLevel(String level) {
        return new PostSettings(title, description, level, brandContent);
    }

    static PostSettings video(JsonNode postInfo) {
        String title = JsonBody.text(postInfo, "title");
        JsonBody.requireMaxLength(title, VIDEO_TITLE_MAX, "title");
        return common(postInfo, title, null);
    }

    static PostSettings photo(JsonNode postInfo) {
        String title = JsonBody.text(postInfo, "title");
        String description = JsonBody.text(postInfo, "description");
        JsonBody.requireMaxLength(title, PHOTO_TITLE_MAX, "title");
        JsonBody.requireMaxLength(description, DESCRIPTION_MAX, "description");
        return common(postInfo, title, description);
    }

    private static PostSettings common(JsonNode postInfo, @Nullable String title, @Nullable String description) {
        // Validate every documented flag's type even where the emulator does not act on it.
        for (String name : new String[] {
            "disable_comment", "disable_duet", "disable_stitch", "brand_organic_toggle", "is_aigc", "auto_add_music"
        }) {
            JsonBody.flag(postInfo, name);
        }
        return new PostSettings(
                title == null ? "" : title,
                description == null ? "" : description,
                JsonBody.text(postInfo, "privacy_level"),
                JsonBody.flag(postInfo, "brand_content_toggle"));
    }
}
