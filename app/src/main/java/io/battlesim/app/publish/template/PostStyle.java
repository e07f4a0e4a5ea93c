package io.battlesim.app.publish.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How generated posts read: the brand named in them, their language, a category and up to three hashtags.
 *
 * @param brand the brand shown in descriptions (may be empty)
 * @param language {@code en}, {@code de} or {@code es}; anything else falls back to English
 * @param category a category word such as "Gaming" (may be empty)
 * @param tags up to three hashtags, normalised to letters, digits and underscores, without '#'
 */
public record PostStyle(String brand, String language, String category, List<String> tags) {

    /** TikTok shows few hashtags well; we add at most this many. */
    public static final int MAX_TAGS = 3;

    public PostStyle {
        Objects.requireNonNull(brand, "brand must not be null");
        Objects.requireNonNull(category, "category must not be null");
        language = Messages.supported(language);
        tags = normalise(tags);
    }

    /** The hashtags as they appear in a caption, e.g. {@code #battle #gaming}. */
    public String hashtagLine() {
        return String.join(" ", tags.stream().map(tag -> "#" + tag).toList());
    }

    private static List<String> normalise(List<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            String word = tag.strip().replaceAll("[^\\p{L}\\p{N}_]", "");
            if (!word.isEmpty() && clean.size() < MAX_TAGS) {
                clean.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(clean);
    }
}
