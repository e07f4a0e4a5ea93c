package io.battlesim.app.publish.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.publish.card.CardFonts.Run;
import io.battlesim.app.publish.card.CardLayout.Line;
import io.battlesim.app.publish.card.TextFitter.Style;
import io.battlesim.app.publish.template.BattleResult;
import io.battlesim.app.publish.template.BattleResult.Side;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Names in any common script, and emoji, render with the bundled fonts and never as the missing-glyph box, whatever
 * fonts the machine has (the card must look right on a fresh machine).
 */
class CardFontsTests {

    /** Creators' and gifters' names as they come from TikTok. */
    private static final List<String> NAMES = List.of(
            "Ava Sparks",
            "Олег Петров",
            "محمد علي",
            "שרה כהן",
            "प्रिया शर्मा",
            "สมชาย ใจดี",
            "王小明",
            "彧喆赟",
            "さくら 桜井",
            "김민준",
            "Mia ✨🔥👑",
            "👩‍👩‍👧 👍🏽 🇯🇵 ❤️",
            "𝓐𝓿𝓪 ★彡✿",
            "꧁Killer꧂");

    private static final float SIZE = 72;

    private final CardFonts fonts = CardFonts.bundled();
    private final TextFitter fitter = new TextFitter(fonts);

    @Test
    void drawsNamesOfEveryScriptWithoutMissingGlyphBoxes() { // GH-15
        List<Line> names = namesOnACard();

        assertThat(names).extracting(Line::text).containsAll(NAMES);
        for (Line name : names) {
            assertEveryRunHasItsGlyphs(name);
            assertNoGraphemeLooksLikeAMissingGlyph(name.text());
        }
    }

    @Test
    void drawsWithTheBundledFontsOnly() { // GH-15
        List<String> bundled = fonts.faces().stream().map(Font::getFontName).toList();

        for (Line line : allLines()) {
            for (Run run :
                    fonts.runs(line.text(), line.style().bold(), line.style().size())) {
                assertThat(run.font().getFontName()).as(line.text()).isIn(bundled);
                assertThat(run.font().getFamily()).startsWith("Noto");
            }
        }
    }

    @Test
    void replacesACharacterNoBundledFontHasRatherThanDrawingABox() {
        String ethiopic = "ሰላም"; // no Ethiopic font is bundled

        assertThat(fonts.displayable("Abebe " + ethiopic)).isEqualTo("Abebe \uFFFD\uFFFD\uFFFD");
    }

    private static List<Line> namesOnACard() {
        return allLines().stream()
                .filter(line -> NAMES.contains(line.text().replaceFirst("^\\d\\. ", "")))
                .toList();
    }

    /** The lines of cards that show every name as a side's label and as a gifter. */
    private static List<Line> allLines() {
        var renderer = new CardRenderer();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i += 2) {
            String one = NAMES.get(i);
            String other = NAMES.get(i + 1);
            var result = new BattleResult(
                    "Names", List.of(new Side(one, 1, List.of(other)), new Side(other, 2, List.of(one))), other);
            lines.addAll(renderer.layout(result).lines());
        }
        return lines;
    }

    private void assertEveryRunHasItsGlyphs(Line line) {
        String text = line.text();
        for (Run run : fonts.runs(text, line.style().bold(), line.style().size())) {
            Font font = run.font();
            String part = text.substring(run.start(), run.end());
            assertThat(font.canDisplayUpTo(part))
                    .as("%s in %s", part, font.getFontName())
                    .isEqualTo(-1);
            GlyphVector glyphs = font.layoutGlyphVector(
                    TextFitter.CONTEXT, text.toCharArray(), run.start(), run.end(), Font.LAYOUT_LEFT_TO_RIGHT);
            for (int glyph : glyphs.getGlyphCodes(0, glyphs.getNumGlyphs(), null)) {
                assertThat(glyph)
                        .as("a glyph of %s in %s", part, font.getFontName())
                        .isNotEqualTo(font.getMissingGlyphCode());
            }
        }
    }

    /** Draws each grapheme alone as the card does and compares its pixels with every bundled font's missing glyph. */
    private void assertNoGraphemeLooksLikeAMissingGlyph(String text) {
        List<BufferedImage> missing = fonts.faces().stream()
                .map(font -> draw(g -> g.drawGlyphVector(
                        font.deriveFont(SIZE)
                                .createGlyphVector(TextFitter.CONTEXT, new int[] {font.getMissingGlyphCode()}),
                        20,
                        100)))
                .toList();
        for (String grapheme : graphemes(text)) {
            if (grapheme.isBlank()) {
                continue;
            }
            BufferedImage drawn = draw(
                    g -> fitter.layout(grapheme, new Style(false, SIZE, false)).draw(g, 20, 100));
            assertThat(inked(drawn)).as("pixels drawn for %s", grapheme).isGreaterThan(20);
            for (BufferedImage box : missing) {
                assertThat(differing(drawn, box))
                        .as("pixels unlike a missing glyph in %s", grapheme)
                        .isGreaterThan(20);
            }
        }
    }

    private static BufferedImage draw(Consumer<Graphics2D> painter) {
        var image = new BufferedImage(200, 140, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            painter.accept(g); // white ink on black
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int inked(BufferedImage image) {
        return differing(image, new BufferedImage(image.getWidth(), image.getHeight(), image.getType()));
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0)) > 64) {
                    count++;
                }
            }
        }
        return count;
    }

    private static List<String> graphemes(String text) {
        BreakIterator boundaries = BreakIterator.getCharacterInstance(Locale.ROOT);
        boundaries.setText(text);
        List<String> graphemes = new ArrayList<>();
        for (int start = 0, end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            graphemes.add(text.substring(start, end));
        }
        return graphemes;
    }
}
