package io.battlesim.engine.audience;

import java.util.function.IntPredicate;

/**
 * The one normalisation applied alike to comments, side labels, command words and prefixes, so that matching is
 * case-, accent- and width-insensitive and blind to invisible characters.
 *
 * <p>It folds compatibility forms and accents with {@link UnicodeFolding}, drops format characters (zero-width
 * characters, bidi marks, joiners, tags) and non-spacing marks, lower-cases each code point, and turns every run
 * of whitespace or control characters into one space, trimmed at both ends.
 */
final class ChatText {

    private ChatText() {}

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int raw = text.codePointAt(i);
            i += Character.charCount(raw);
            int cp = UnicodeFolding.fold(raw);
            if (isSeparator(cp)) {
                pendingSpace = !out.isEmpty();
            } else if (!isInvisible(cp)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return out.toString();
    }

    /** Keeps only word parts: "Team Blue ✨" becomes "teamblue" once normalised. */
    static String compact(String normalised) {
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            if (isWordPart(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static boolean isWordPart(int cp) {
        return isLetterLike(cp) || Character.isDigit(cp);
    }

    /** Letters of any script, plus spacing vowel signs so that Indic and similar words stay whole. */
    static boolean isLetterLike(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    static boolean anyCodePoint(String text, IntPredicate test) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (test.test(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp);
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK;
    }
}
