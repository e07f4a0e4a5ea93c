package io.battlesim.app.publish.card;

import io.battlesim.app.publish.template.Graphemes;
import java.util.regex.Pattern;

/**
 * Makes untrusted text (titles, labels, nicknames) safe to draw: control characters and line breaks become spaces,
 * bidi embeddings, overrides and isolates go (an override in a name would reverse the words drawn after it), runs of
 * whitespace collapse to one space, and the text is capped so measuring stays cheap. Java2D interprets no markup.
 */
final class CardText {

    /** Longer than any line the card can show at its smallest type, so the cap never shows. */
    static final int MAX_UNITS = 200;

    private static final Pattern BREAKING = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CardText() {}

    /** {@code text} cleaned as described above; may be empty. */
    static String clean(String text) {
        String capped = Graphemes.truncate(text, MAX_UNITS * 4);
        String spaced = BREAKING.matcher(capped).replaceAll(" ");
        String plain = BIDI_CONTROLS.matcher(spaced).replaceAll("");
        return Graphemes.truncate(SPACES.matcher(plain).replaceAll(" ").strip(), MAX_UNITS);
    }
}
