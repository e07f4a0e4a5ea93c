package io.battlesim.app.publish.template;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Cuts text to TikTok's limits, which count UTF-16 code units ({@link String#length()}), without ever splitting a
 * user-perceived character: an emoji ZWJ sequence, a flag or a letter with combining marks stays whole or goes.
 * The JDK's character {@link BreakIterator} follows Unicode's extended grapheme clusters since JDK 20.
 */
public final class Graphemes {

    /** Appended when text was cut, so readers see that something is missing. */
    public static final String ELLIPSIS = "…";

    private Graphemes() {}

    /** {@code text} if it fits in {@code maxUnits} UTF-16 units, else its longest grapheme-whole prefix plus "…". */
    public static String truncate(String text, int maxUnits) {
        if (maxUnits < 0) {
            throw new IllegalArgumentException("maxUnits must be >= 0, was " + maxUnits);
        }
        if (text.length() <= maxUnits) {
            return text;
        }
        if (maxUnits < ELLIPSIS.length()) {
            return prefix(text, maxUnits);
        }
        return prefix(text, maxUnits - ELLIPSIS.length()).stripTrailing() + ELLIPSIS;
    }

    /** The longest prefix of whole graphemes that fits in {@code maxUnits} UTF-16 units. */
    public static String prefix(String text, int maxUnits) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int end = 0;
        for (int next = graphemes.next(); next != BreakIterator.DONE && next <= maxUnits; next = graphemes.next()) {
            end = next;
        }
        return text.substring(0, end);
    }

    /** How many user-perceived characters {@code text} has. */
    public static int count(String text) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int count = 0;
        while (graphemes.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
