package io.battlesim.app.publish.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Post titles and descriptions generated from battles and articles. */
class PostTemplatesTests {

    private static final PostStyle STYLE =
            new PostStyle("BattleSim", "en", "Gaming", List.of("battle", "#TikTok Live"));

    @Test
    void photoTitleNamesBothCreatorsTheScoresAndTheWinner() {
        PostText text = PostTemplates.photo(avaBeatsLeo(), STYLE);

        assertThat(text.title()).isEqualTo("Ava vs Leo: Ava wins 120–80");
        assertThat(text.description())
                .contains("BattleSim · Gaming", "Top gifters: Mia, Kai")
                .endsWith("\n#battle #tiktoklive");
    }

    @Test
    void tiesSayTie() {
        var result = new BattleResult(
                "t", List.of(new BattleResult.Side("A", 5, List.of()), new BattleResult.Side("B", 5, List.of())), null);

        assertThat(PostTemplates.photo(result, STYLE).title()).isEqualTo("A vs B: Tie at 5–5");
    }

    @Test
    void writesTheChosenLanguageAndFallsBackToEnglish() {
        assertThat(PostTemplates.photo(avaBeatsLeo(), new PostStyle("", "de", "", List.of()))
                        .title())
                .isEqualTo("Ava vs Leo: Ava gewinnt 120–80");
        assertThat(PostTemplates.photo(avaBeatsLeo(), new PostStyle("", "xx", "", List.of()))
                        .title())
                .contains("wins");
    }

    @Test
    void keepsAtMostThreeCleanHashtags() {
        var style = new PostStyle("", "en", "", List.of("#One", "two words", "th<r>ee", "four", "#"));

        assertThat(style.hashtagLine()).isEqualTo("#one #twowords #three");
    }

    @Test
    void cutsLongEmojiNamesWithoutSplittingThemAndKeepsTheLimits() {
        String family = "👨‍👩‍👧‍👦";
        String longName = family.repeat(40) + "🇩🇪".repeat(600);
        var result = new BattleResult(
                "t",
                List.of(
                        new BattleResult.Side(longName, 1, List.of(longName)),
                        new BattleResult.Side("Leo", 0, List.of())),
                longName);

        PostText photo = PostTemplates.photo(result, STYLE);
        String caption = PostTemplates.video(result, STYLE).title();

        assertThat(photo.title()).hasSizeLessThanOrEqualTo(PostTemplates.PHOTO_TITLE_MAX);
        assertThat(photo.title()).endsWith(family + "…");
        assertThat(photo.description()).hasSizeLessThanOrEqualTo(PostTemplates.PHOTO_DESCRIPTION_MAX);
        assertThat(caption).hasSizeLessThanOrEqualTo(PostTemplates.VIDEO_CAPTION_MAX);
        assertThat(caption).endsWith("🇩🇪…\n#battle #tiktoklive");
        assertThat(noBrokenSurrogates(photo.title() + photo.description() + caption))
                .isTrue();
    }

    @Test
    void announcesAnArticle() {
        PostText text = PostTemplates.photo(
                new Article("Ava breaks the record", "Ava scored 1M points.", "Battle News"), STYLE);

        assertThat(text.title()).isEqualTo("Breaking: Ava breaks the record");
        assertThat(text.description()).startsWith("Ava scored 1M points.\n— Battle News\nBattleSim · Gaming");
    }

    private static BattleResult avaBeatsLeo() {
        return new BattleResult(
                "Ava vs Leo",
                List.of(
                        new BattleResult.Side("Ava", 120, List.of("Mia", "Noah")),
                        new BattleResult.Side("Leo", 80, List.of("Kai"))),
                "Ava");
    }

    private static boolean noBrokenSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return false;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }
}
