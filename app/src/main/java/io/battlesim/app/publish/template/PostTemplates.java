package io.battlesim.app.publish.template;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds titles and descriptions from a battle or an article, cut to TikTok's limits (UTF-16 units) at grapheme
 * boundaries. Hashtags go last and are kept whole: the body is shortened to make room for them.
 */
public final class PostTemplates {

    /** Video caption limit (post_info.title of video/init). */
    public static final int VIDEO_CAPTION_MAX = 2200;
    /** Photo title limit. */
    public static final int PHOTO_TITLE_MAX = 90;
    /** Photo description limit. */
    public static final int PHOTO_DESCRIPTION_MAX = 4000;

    private PostTemplates() {}

    /** Title and description of a photo post of the result card. */
    public static PostText photo(BattleResult result, PostStyle style) {
        return new PostText(
                Graphemes.truncate(headline(result, style), PHOTO_TITLE_MAX),
                withHashtags(battleBody(result, style), style, PHOTO_DESCRIPTION_MAX));
    }

    /** Caption of a video post about the battle. */
    public static PostText video(BattleResult result, PostStyle style) {
        String body = headline(result, style) + "\n" + battleBody(result, style);
        return new PostText(withHashtags(body, style, VIDEO_CAPTION_MAX), "");
    }

    /** Title and description of a photo post announcing an article. */
    public static PostText photo(Article article, PostStyle style) {
        String title = Messages.text(style.language(), "breaking") + ": " + article.headline();
        return new PostText(
                Graphemes.truncate(title.strip(), PHOTO_TITLE_MAX),
                withHashtags(articleBody(article, style), style, PHOTO_DESCRIPTION_MAX));
    }

    /** Caption of a video post announcing an article. */
    public static PostText video(Article article, PostStyle style) {
        String body = Messages.text(style.language(), "breaking") + ": " + article.headline() + "\n"
                + articleBody(article, style);
        return new PostText(withHashtags(body, style, VIDEO_CAPTION_MAX), "");
    }

    static String headline(BattleResult result, PostStyle style) {
        String versus = result.sides().stream().map(BattleResult.Side::label).collect(Collectors.joining(" vs "));
        String scores =
                result.sides().stream().map(side -> Long.toString(side.score())).collect(Collectors.joining("–"));
        String outcome = result.tie()
                ? Messages.text(style.language(), "tie").formatted(scores)
                : Messages.text(style.language(), "won").formatted(result.winnerLabel(), scores);
        return versus + ": " + outcome;
    }

    private static String battleBody(BattleResult result, PostStyle style) {
        List<String> lines = new ArrayList<>();
        lines.add(brandLine(style));
        List<String> gifters = result.sides().stream()
                .flatMap(side -> side.topGifters().stream().limit(1))
                .toList();
        if (!gifters.isEmpty()) {
            lines.add(Messages.text(style.language(), "gifters") + ": " + String.join(", ", gifters));
        }
        lines.add(Messages.text(style.language(), "thanks"));
        return String.join("\n", lines.stream().filter(line -> !line.isBlank()).toList());
    }

    private static String articleBody(Article article, PostStyle style) {
        List<String> lines = new ArrayList<>();
        lines.add(article.summary().strip());
        lines.add(article.source().isBlank() ? "" : "— " + article.source().strip());
        lines.add(brandLine(style));
        return String.join("\n", lines.stream().filter(line -> !line.isBlank()).toList());
    }

    private static String brandLine(PostStyle style) {
        List<String> parts = new ArrayList<>();
        if (!style.brand().isBlank()) {
            parts.add(style.brand().strip());
        }
        if (!style.category().isBlank()) {
            parts.add(style.category().strip());
        }
        return String.join(" · ", parts);
    }

    /** {@code body}, shortened if needed, followed by the hashtag line; never longer than {@code max}. */
    static String withHashtags(String body, PostStyle style, int max) {
        String tags = style.hashtagLine();
        if (tags.isEmpty()) {
            return Graphemes.truncate(body, max);
        }
        String suffix = "\n" + tags;
        if (suffix.length() >= max) {
            return Graphemes.truncate(body, max);
        }
        return Graphemes.truncate(body, max - suffix.length()) + suffix;
    }
}
