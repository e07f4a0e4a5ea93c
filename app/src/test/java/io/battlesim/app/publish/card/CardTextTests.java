package io.battlesim.app.publish.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Untrusted names are drawn as plain text that cannot reorder or break the card's lines. */
class CardTextTests {

    @Test
    void turnsControlCharactersAndLineBreaksIntoSpaces() {
        assertThat(CardText.clean("Ava\nSparks\u0000\tthe\u2028best ")).isEqualTo("Ava Sparks the best");
    }

    @Test
    void dropsBidiOverridesThatWouldReverseTheWordsAfterAName() {
        assertThat(CardText.clean("\u202Eevil\u202C \u2067name\u2069")).isEqualTo("evil name");
    }

    @Test
    void keepsJoinersSoEmojiSequencesStayWhole() {
        assertThat(CardText.clean("👩‍👩‍👧 ❤️")).isEqualTo("👩‍👩‍👧 ❤️");
    }

    @Test
    void capsAVeryLongNameAtAGraphemeBoundary() {
        String cleaned = CardText.clean("👍🏽".repeat(1000));

        assertThat(cleaned.length()).isLessThanOrEqualTo(CardText.MAX_UNITS);
        assertThat(cleaned).startsWith("👍🏽").endsWith("👍🏽…");
    }
}
