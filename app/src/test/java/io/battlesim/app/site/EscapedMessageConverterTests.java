package io.battlesim.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapedMessageConverterTests {

    @Test
    void escapesLineBreaksSoNoValueStartsALineOfItsOwn() { // GH-10
        assertThat(EscapedMessageConverter.escape("error=x\r\nINFO forged"))
                .isEqualTo("error=x\\r\\nINFO forged")
                .doesNotContain("\n", "\r");
    }

    @Test
    void escapesOtherControlCharactersAndUnicodeLineSeparators() {
        assertThat(EscapedMessageConverter.escape("a\u001b[31mb\u0000c\u0085d\u2028e\tf"))
                .isEqualTo("a\\u001b[31mb\\u0000c\\u0085d\\u2028e\\tf");
    }

    @Test
    void keepsPrintableTextIncludingEmojiAndCjkAsItIs() {
        String text = "Gift from 小明 🎁 <b>&amp;";

        assertThat(EscapedMessageConverter.escape(text)).isSameAs(text);
    }
}
