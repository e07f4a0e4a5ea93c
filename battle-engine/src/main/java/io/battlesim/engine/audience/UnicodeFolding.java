package io.battlesim.engine.audience;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps a code point to the one a viewer would type on a plain keyboard: full-width and half-width forms to their
 * usual form ({@code "！ｖｏｔｅ"} to {@code "!vote"}, {@code "ｶ"} to {@code "カ"}); accented Latin, Greek,
 * Cyrillic and Hebrew letters, and Arabic ones with hamza, to their base letter ({@code "é"} to {@code "e"});
 * circled and "fancy font" letters and digits ({@code "Ⓐ"}, {@code "𝓐"}) to plain ones; Arabic presentation
 * forms to letters.
 *
 * <p>Why not {@code java.text.Normalizer}: the engine may use only {@code java.lang}, {@code java.util} and a few
 * other core packages (see {@code EngineArchitectureTests}). The table is derived once from the Unicode character
 * names the JDK ships ({@code "LATIN SMALL LETTER E WITH ACUTE"} folds to {@code "LATIN SMALL LETTER E"}), which
 * covers what NFKC followed by dropping combining marks does for chat text, without copying Unicode data here.
 * Hangul syllables and kana are left whole, so {@code "ガ"} stays {@code "ガ"}.
 */
final class UnicodeFolding {

    private static final Set<Character.UnicodeScript> ACCENTED_SCRIPTS = EnumSet.of(
            Character.UnicodeScript.LATIN,
            Character.UnicodeScript.GREEK,
            Character.UnicodeScript.CYRILLIC,
            Character.UnicodeScript.HEBREW);
    private static final String[] FORM_PREFIXES = {"FULLWIDTH ", "HALFWIDTH ", "CIRCLED "};
    private static final String[] POSITIONAL_FORMS = {" ISOLATED FORM", " INITIAL FORM", " MEDIAL FORM", " FINAL FORM"};
    /**
     * Pairs the names do not give: Cyrillic letters that decompose without saying "WITH", Arabic letters with hamza
     * or madda (Arabic "WITH" letters are mostly distinct letters, so no rule), half-width kana sound marks.
     */
    private static final String EXTRA_PAIRS = "ёеЁЕйиЙИїіЇІўуЎУآاأاإاؤوئي\uFF9E\u3099\uFF9F\u309A";

    private static final int FIRST_MATH = 0x1D400;
    private static final int LAST_MATH = 0x1D7FF;

    private static final Map<Integer, Integer> FOLDS = buildTable();

    private UnicodeFolding() {}

    static int fold(int cp) {
        if (cp < 0x80) {
            return cp;
        }
        Integer folded = FOLDS.get(cp);
        return folded == null ? cp : folded;
    }

    private static Map<Integer, Integer> buildTable() {
        Map<Integer, Integer> table = new HashMap<>();
        for (int cp = 0x80; cp <= Character.MAX_VALUE; cp++) {
            addFold(table, cp);
        }
        for (int cp = FIRST_MATH; cp <= LAST_MATH; cp++) {
            addFold(table, cp);
        }
        for (int i = 0; i < EXTRA_PAIRS.length(); i += 2) {
            table.put((int) EXTRA_PAIRS.charAt(i), (int) EXTRA_PAIRS.charAt(i + 1));
        }
        // An Arabic presentation form folds to a letter with hamza, which folds on to the plain letter.
        table.replaceAll((cp, folded) -> table.getOrDefault(folded, folded));
        return Map.copyOf(table);
    }

    private static void addFold(Map<Integer, Integer> table, int cp) {
        Function<String, @Nullable String> rule = ruleFor(cp);
        String name = rule == null ? null : Character.getName(cp);
        String base = rule == null || name == null ? null : rule.apply(name);
        if (base == null) {
            return;
        }
        try {
            table.put(cp, Character.codePointOf(base));
        } catch (IllegalArgumentException noSuchCharacter) {
            // "CIRCLED NUMBER TEN" has no plain "NUMBER TEN": the code point stays as it is.
        }
    }

    private static @Nullable Function<String, @Nullable String> ruleFor(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS) {
            return UnicodeFolding::withoutFormPrefix;
        }
        if (block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
            return UnicodeFolding::withoutPositionalForm;
        }
        if (block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS
                || block == Character.UnicodeBlock.MATHEMATICAL_ALPHANUMERIC_SYMBOLS) {
            return UnicodeFolding::plainMathName;
        }
        if (Character.isLetter(cp) && ACCENTED_SCRIPTS.contains(Character.UnicodeScript.of(cp))) {
            return UnicodeFolding::withoutAccents;
        }
        return null;
    }

    private static @Nullable String withoutFormPrefix(String name) {
        for (String prefix : FORM_PREFIXES) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return null;
    }

    /** "ARABIC LETTER BEH INITIAL FORM" is "ARABIC LETTER BEH" (ligatures of several letters stay). */
    private static @Nullable String withoutPositionalForm(String name) {
        for (String suffix : POSITIONAL_FORMS) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    /** "MATHEMATICAL BOLD SCRIPT CAPITAL A" and "SCRIPT CAPITAL B" are letters; "... DIGIT ONE" a digit. */
    private static @Nullable String plainMathName(String name) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        String style = name.substring(0, Math.max(space, 0));
        String script = last.length() == 1 ? "LATIN " : "GREEK ";
        if (style.endsWith(" DIGIT")) {
            return "DIGIT " + last;
        }
        if (style.endsWith(" CAPITAL") || style.endsWith(" SMALL")) {
            return script + style.substring(style.lastIndexOf(' ') + 1) + " LETTER " + last;
        }
        return null;
    }

    private static @Nullable String withoutAccents(String name) {
        int with = name.indexOf(" WITH ");
        return with < 0 ? null : name.substring(0, with);
    }
}
