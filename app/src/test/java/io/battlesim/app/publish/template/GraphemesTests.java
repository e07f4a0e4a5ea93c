package io.battlesim.app.publish.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Truncation by UTF-16 units that never splits a user-perceived character. */
class GraphemesTests {

    private static final String FAMILY = "👨‍👩‍👧‍👦"; // 11 UTF-16 units, ZWJ sequence
    private static final String FLAG = "🇩🇪"; // 4 units, regional indicator pair
    private static final String THUMB = "👍🏽"; // 4 units, emoji with skin tone
    private static final String E_ACUTE = "e\u0301"; // 2 units, combining mark

    @ParameterizedTest(name = "[{index}] {0} cut to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            abcdef             | 6  | abcdef
            abcdef             | 5  | abcd…
            abcdef             | 1  | …
            abcdef             | 0  | ''
            ab FAMILY          | 13 | ab FAMILY
            ab FAMILY          | 12 | ab…
            FAMILY FAMILY      | 12 | FAMILY…
            FAMILY             | 10 | …
            FLAG FLAG FLAG     | 12 | FLAG FLAG FLAG
            FLAG FLAG FLAG     | 11 | FLAG FLAG…
            FLAG FLAG FLAG     | 8  | FLAG…
            FLAG               | 3  | …
            THUMB THUMB        | 7  | THUMB…
            E_ACUTE E_ACUTE x  | 4  | E_ACUTE…
            E_ACUTE            | 1  | …
            """)
    void truncatesAtGraphemeBoundaries(String input, int max, String expected) {
        String text = expand(input);
        String cut = Graphemes.truncate(text, max);

        assertThat(cut).isEqualTo(expand(expected));
        assertThat(cut.length()).isLessThanOrEqualTo(max);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            FAMILY    | 1
            FLAG FLAG | 2
            E_ACUTE a | 2
            THUMB     | 1
            """)
    void countsUserPerceivedCharacters(String input, int expected) {
        assertThat(Graphemes.count(expand(input))).isEqualTo(expected);
    }

    /** Table cells name the sequences; spaces separate tokens and are removed. */
    private static String expand(String cell) {
        return cell.replace("FAMILY", FAMILY)
                .replace("FLAG", FLAG)
                .replace("THUMB", THUMB)
                .replace("E_ACUTE", E_ACUTE)
                .replace(" ", "");
    }
}
