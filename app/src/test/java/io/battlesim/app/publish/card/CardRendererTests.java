package io.battlesim.app.publish.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.publish.card.CardLayout.Line;
import io.battlesim.app.publish.template.BattleResult;
import io.battlesim.app.publish.template.BattleResult.Side;
import io.battlesim.app.publish.template.Graphemes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The result card shows every digit of a score, the whole title where it can, and cuts names only whole. */
class CardRendererTests {

    private static final String DEMO_TITLE = "Demo: Ava Sparks vs Leo Beats";

    private final CardRenderer renderer = new CardRenderer();
    private final TextFitter fitter = new TextFitter(CardFonts.bundled());

    @Test
    void rendersAJpegOfTheCardSize() throws IOException {
        byte[] jpeg = renderer.render(demo(107_456, 98_765));

        var image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(image.getWidth()).isEqualTo(CardRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(CardRenderer.HEIGHT);
    }

    @Test
    void drawsEveryDigitOfAScoreHoweverLong() { // GH-15
        CardLayout layout = renderer.layout(demo(107_456, 1_234_567));
        CardLayout large = renderer.layout(withScores(9_876_543_210L, 1_000_000_000L, 7_654_321L, 12L, Long.MAX_VALUE));

        assertWholeAndInside(layout, "107,456", "1,234,567");
        assertWholeAndInside(large, "9,876,543,210", "1,000,000,000", "7,654,321", "12", "9,223,372,036,854,775,807");
    }

    @Test
    void keepsTheDemoTitleWhole() { // GH-15
        List<Line> title = titleLines(renderer.layout(demo(1, 2)));

        assertThat(String.join(" ", title.stream().map(Line::text).toList())).isEqualTo(DEMO_TITLE);
        title.forEach(this::assertFits);
    }

    @Test
    void wrapsALongTitleOnTwoLinesAndCutsOnlyTheRest() {
        String title = "Grand final of the summer league: Ava Sparks and all her friends versus Leo Beats and"
                + " the whole crew of night owls who stayed up for it";

        List<Line> lines =
                titleLines(renderer.layout(new BattleResult(title, demo(1, 2).sides(), null)));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).text()).startsWith("Grand final of the summer league:");
        assertThat(lines.get(1).text()).endsWith(Graphemes.ELLIPSIS);
        lines.forEach(this::assertFits);
    }

    @Test
    void cutsALongNameOnlyBetweenGraphemes() { // GH-15
        String family = "👩‍👩‍👧";
        String label = family.repeat(40);

        Line line = lineStartingWith(renderer.layout(withLabel(label)), family);

        assertThat(line.text()).endsWith(Graphemes.ELLIPSIS);
        String kept = line.text().substring(0, line.text().length() - Graphemes.ELLIPSIS.length());
        assertThat(kept).isNotEmpty().isEqualTo(family.repeat(kept.length() / family.length()));
        assertFits(line);
    }

    @Test
    void keepsTheWordsAfterALongWinnerName() {
        String winner = "The Unbelievably Long Name Of A Side ".repeat(4).strip();
        var result = new BattleResult("Final", List.of(side(winner, 10), side("Leo", 2)), winner);

        Line outcome = renderer.layout(result).lines().getLast();

        assertThat(outcome.text()).endsWith(Graphemes.ELLIPSIS + " wins!").startsWith("The Unbelievably");
        assertFits(outcome);
    }

    @Test
    void showsEverySideOfAnEightSideBattle() {
        List<Side> sides =
                IntStream.rangeClosed(1, 8).mapToObj(i -> side("Side " + i, i)).toList();

        CardLayout layout = renderer.layout(new BattleResult("Eight", sides, "Side 8"));

        assertThat(layout.boxes()).hasSize(8);
        assertThat(layout.lines())
                .extracting(Line::text)
                .contains("Side 1", "Side 4", "Side 5", "Side 8", "Side 8 wins!");
    }

    private void assertWholeAndInside(CardLayout layout, String... scores) {
        for (String score : scores) {
            Line line = layout.lines().stream()
                    .filter(l -> l.text().equals(score))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no line shows the score " + score + ": "
                            + layout.lines().stream().map(Line::text).toList()));
            assertFits(line);
        }
    }

    private void assertFits(Line line) {
        assertThat(fitter.advance(line.text(), line.style()))
                .as("width of %s", line.text())
                .isLessThanOrEqualTo(line.width());
    }

    private static List<Line> titleLines(CardLayout layout) {
        return layout.lines().stream()
                .takeWhile(line -> !line.text().equals("Battle result"))
                .toList();
    }

    private static Line lineStartingWith(CardLayout layout, String start) {
        return layout.lines().stream()
                .filter(line -> line.text().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    private static BattleResult demo(long ava, long leo) {
        return new BattleResult(
                DEMO_TITLE,
                List.of(
                        new Side("Ava Sparks", ava, List.of("Mia", "Noah", "Emma")),
                        new Side("Leo Beats", leo, List.of("Liam"))),
                "Ava Sparks");
    }

    private static BattleResult withScores(long... scores) {
        List<Side> sides = IntStream.range(0, scores.length)
                .mapToObj(i -> side("Side " + i, scores[i]))
                .toList();
        return new BattleResult("Scores", sides, "Side 0");
    }

    private static BattleResult withLabel(String label) {
        return new BattleResult("Names", List.of(side(label, 3), side("Leo", 2)), label);
    }

    private static Side side(String label, long score) {
        return new Side(label, score, List.of("Mia"));
    }
}
