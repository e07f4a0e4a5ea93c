package io.battlesim.app.publish.card;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fonts a card is drawn with: only the ones bundled under {@code /fonts} (see its README), never a logical or
 * system font, so a card looks the same on a fresh machine with no fonts installed. Text is split into runs by the
 * first font of a fallback chain that has a glyph for each character, so Latin, Cyrillic, Arabic, Hebrew,
 * Devanagari, Thai, CJK and emoji in one name all render; Java2D's layout then does bidi and shaping per run.
 */
final class CardFonts {

    /** Drawn for a character no bundled font has, rather than an empty box. */
    static final int REPLACEMENT = 0xFFFD;

    private static final String LATIN_BOLD = "NotoSans-Bold.ttf";

    /** Fallback order: a character takes the first font that has it. Bold comes from the Latin font or is synthetic. */
    private static final List<String> CHAIN = List.of(
            "NotoSans-Regular.ttf",
            "NotoSansArabic-Regular.ttf",
            "NotoSansHebrew-Regular.ttf",
            "NotoSansDevanagari-Regular.ttf",
            "NotoSansThai-Regular.ttf",
            "NotoSansBengali-Regular.ttf",
            "NotoSansTamil-Regular.ttf",
            "NotoSansArmenian-Regular.ttf",
            "NotoSansGeorgian-Regular.ttf",
            "NotoSansCJKsc-Regular-subset.otf",
            "NotoEmoji-Regular.ttf",
            "NotoSansSymbols-Regular.ttf",
            "NotoSansSymbols2-Regular-subset.ttf",
            "NotoSansMath-Regular-subset.ttf",
            "NotoSansJavanese-Regular-subset.ttf",
            "NotoSerifTibetan-Regular-subset.ttf");

    private static final String EMOJI = "NotoEmoji-Regular.ttf";

    private final List<Font> chain;
    private final Font latinBold;
    private final Font emoji;

    private CardFonts(List<Font> chain, Font latinBold, Font emoji) {
        this.chain = List.copyOf(chain);
        this.latinBold = latinBold;
        this.emoji = emoji;
    }

    /** The bundled fonts, read from the classpath once. */
    static CardFonts bundled() {
        return Bundled.FONTS;
    }

    /** One stretch of text drawn with one font: chars {@code start} (inclusive) to {@code end} (exclusive). */
    record Run(int start, int end, Font font) {}

    /** Every font the chain can draw with, in fallback order (the Latin bold face last). */
    List<Font> faces() {
        List<Font> faces = new ArrayList<>(chain);
        faces.add(latinBold);
        return faces;
    }

    /** {@code text} with each code point no bundled font can draw replaced by U+FFFD, so none shows as a box. */
    String displayable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(isJoiner(cp) || fontFor(cp) != null ? cp : REPLACEMENT));
        return out.toString();
    }

    /** {@code text} split into runs of one font each, sized and styled for drawing. */
    List<Run> runs(String text, boolean bold, float size) {
        List<Run> runs = new ArrayList<>();
        @Nullable Font current = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            Font font = pick(cp, next < text.length() ? text.codePointAt(next) : -1, current);
            if (font != current && current != null) {
                runs.add(new Run(start, i, styled(current, bold, size)));
                start = i;
            }
            current = font;
            i = next;
        }
        if (current != null) {
            runs.add(new Run(start, text.length(), styled(current, bold, size)));
        }
        return runs;
    }

    /** {@code text} with a font on every character; {@code ltr} forces a left-to-right paragraph. */
    AttributedString attributed(String text, boolean bold, float size, boolean ltr) {
        AttributedString attributed = new AttributedString(text);
        for (Run run : runs(text, bold, size)) {
            attributed.addAttribute(TextAttribute.FONT, run.font(), run.start(), run.end());
        }
        if (ltr && !text.isEmpty()) {
            attributed.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_LTR);
        }
        return attributed;
    }

    private Font pick(int cp, int nextCp, @Nullable Font current) {
        if (isJoiner(cp) && current != null && (current.canDisplay(cp) || fontFor(cp) == null)) {
            return current; // marks, joiners, selectors and skin tones stay with what they modify
        }
        if (nextCp == 0xFE0F && emoji.canDisplay(cp)) {
            return emoji; // emoji presentation asked for, e.g. ❤️
        }
        Font font = fontFor(cp);
        return font != null ? font : chain.getFirst();
    }

    private @Nullable Font fontFor(int cp) {
        for (Font font : chain) {
            if (font.canDisplay(cp)) {
                return font;
            }
        }
        return null;
    }

    private Font styled(Font font, boolean bold, float size) {
        Font face = bold && font == chain.getFirst() ? latinBold : font;
        return face.deriveFont(bold ? Font.BOLD : Font.PLAIN, size); // bold of a regular face is synthesised
    }

    /** Code points that belong to the character before them rather than starting a new one. */
    static boolean isJoiner(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || Character.isEmojiModifier(cp);
    }

    private static final class Bundled {
        static final CardFonts FONTS = load();

        private static CardFonts load() {
            List<String> files = new ArrayList<>(CHAIN);
            files.add(LATIN_BOLD);
            List<Font> fonts = BundledFontFiles.read(files);
            List<Font> chain = fonts.subList(0, CHAIN.size());
            return new CardFonts(chain, fonts.getLast(), chain.get(CHAIN.indexOf(EMOJI)));
        }
    }
}
