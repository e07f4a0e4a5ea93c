package io.battlesim.app.publish.template;

import java.util.Objects;

/**
 * Generated post text, already within TikTok's limits.
 *
 * @param title the title (photo) or caption (video)
 * @param description the photo description; empty for videos
 */
public record PostText(String title, String description) {

    public PostText {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(description, "description must not be null");
    }
}
