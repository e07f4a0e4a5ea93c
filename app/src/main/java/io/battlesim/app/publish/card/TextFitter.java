package io.battlesim.app.publish.card;

import io.battlesim.app.publish.template.Graphemes;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/**
 * Fits text into a width by shrinking the type, wrapping or, as a last resort, cutting it with "…" at a grapheme
 * boundary, measured exactly as {@link CardRenderer} draws it (same fonts, same rendering context).
 */
final class TextFitter {

    /** Measuring and drawing must agree: antialiased text with fractional advances. */
    static final FontRenderContext CONTEXT = new FontRenderContext(
            null, RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    private final CardFonts fonts;

    TextFitter(CardFonts fonts) {
        this.fonts = fonts;
    }

    /** Text as it is drawn: which characters, bold or not, at what size, in a forced left-to-right paragraph. */
    record Style(boolean bold, float size, boolean ltr) {
        Style sized(float newSize) {
            return new Style(bold, newSize, ltr);
        }
    }

    /** One line of fitted text. */
    record Fitted(String text, Style style) {}

    /** The width {@code text} takes when drawn in {@code style}. */
    float advance(String text, Style style) {
        return text.isEmpty() ? 0 : layout(text, style).getAdvance();
    }

    /** The layout that draws {@code text} (not empty) in {@code style}. */
    TextLayout layout(String text, Style style) {
        return new TextLayout(
                fonts.attributed(text, style.bold(), style.size(), style.ltr()).getIterator(), CONTEXT);
    }

    /** {@code text} whole at the largest size up to {@code style}'s that fits {@code width}: never cut. */
    Fitted shrink(String text, Style style, float width) {
        float size = style.size();
        float advance = advance(text, style);
        if (advance > width) {
            size = size * width / advance;
            while (size > 1 && advance(text, style.sized(size)) > width) {
                size *= 0.98f; // advances do not scale exactly linearly
            }
        }
        return new Fitted(text, style.sized(size));
    }

    /** {@code text} shrunk down to {@code minSize}, then cut with "…" at a grapheme boundary to fit {@code width}. */
    Fitted fit(String text, Style style, float minSize, float width) {
        return fit("", text, "", style, minSize, width);
    }

    /** As {@link #fit(String, Style, float, float)}, but {@code prefix} and {@code suffix} (" wins!") are never cut. */
    Fitted fit(String prefix, String text, String suffix, Style style, float minSize, float width) {
        Fitted shrunk = shrink(prefix + text + suffix, style, width);
        if (shrunk.style().size() >= minSize) {
            return shrunk;
        }
        Style smallest = style.sized(minSize);
        return new Fitted(prefix + ellipsised(prefix, text, suffix, smallest, width) + suffix, smallest);
    }

    /**
     * {@code text} on one line if it fits at {@code oneLineMin} or larger, else wrapped on two lines at the largest
     * size down to {@code minSize} that holds it, else two lines at {@code minSize} with the second cut with "…".
     */
    List<Fitted> wrapTwoLines(String text, Style style, float oneLineMin, float minSize, float width) {
        Fitted one = shrink(text, style, width);
        if (one.style().size() >= oneLineMin) {
            return List.of(one);
        }
        for (float size = style.size(); size >= minSize; size -= 2) {
            int firstEnd = lineEnd(text, style.sized(size), width);
            String rest = text.substring(firstEnd).strip();
            if (rest.isEmpty()) {
                return List.of(new Fitted(text, style.sized(size)));
            }
            if (advance(rest, style.sized(size)) <= width) {
                return twoLines(text.substring(0, firstEnd), rest, style.sized(size));
            }
        }
        Style smallest = style.sized(minSize);
        int firstEnd = lineEnd(text, smallest, width);
        String rest = text.substring(firstEnd).strip();
        return twoLines(text.substring(0, firstEnd), ellipsised("", rest, "", smallest, width), smallest);
    }

    private static List<Fitted> twoLines(String first, String second, Style style) {
        return List.of(new Fitted(first.strip(), style), new Fitted(second, style));
    }

    /** Where the first line ends when wrapping at words (or, for one long word, at a grapheme). */
    private int lineEnd(String text, Style style, float width) {
        var measurer = new LineBreakMeasurer(
                fonts.attributed(text, style.bold(), style.size(), style.ltr()).getIterator(), CONTEXT);
        measurer.nextLayout(width);
        int end = measurer.getPosition();
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int whole = graphemes.isBoundary(end) ? end : graphemes.preceding(end);
        return whole > 0 ? whole : graphemes.following(0);
    }

    /** The longest grapheme-whole start of {@code text} plus "…" that fits between {@code prefix} and {@code suffix}. */
    private String ellipsised(String prefix, String text, String suffix, Style style, float width) {
        int low = 0;
        int high = text.length();
        while (low < high) { // binary search over UTF-16 lengths; Graphemes cuts each at a grapheme boundary
            int mid = (low + high + 1) / 2;
            if (advance(prefix + cut(text, mid) + suffix, style) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return cut(text, low);
    }

    private static String cut(String text, int units) {
        return Graphemes.prefix(text, units).stripTrailing() + Graphemes.ELLIPSIS;
    }
}
