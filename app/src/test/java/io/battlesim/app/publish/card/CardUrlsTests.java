package io.battlesim.app.publish.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The card URLs TikTok pulls from always lie under the verified {@code /cards/} prefix. */
class CardUrlsTests {

    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWx-_12";

    @Test
    void buildsTheCardUrlUnderTheCardsPrefix() {
        URI url = CardUrls.url("https://battles.example.com/", TOKEN);

        assertThat(url).hasToString("https://battles.example.com/cards/" + TOKEN + ".jpg");
        assertThat(url.toString()).startsWith(CardUrls.prefix("https://battles.example.com"));
    }

    @Test
    void removesDotSegmentsFromThePublicUrl() {
        assertThat(CardUrls.url("https://battles.example.com/app/./x/../", TOKEN))
                .hasToString("https://battles.example.com/app/cards/" + TOKEN + ".jpg");
        assertThat(CardUrls.prefix("http://localhost:5000/a/..")).isEqualTo("http://localhost:5000/cards/");
    }

    @Test
    void refusesATokenThatCouldLeaveThePrefix() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CardUrls.url("https://battles.example.com", "../api/secret-things-here"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CardUrls.url("https://battles.example.com", "%2e%2e%2fapi%2fsecret-x"));
    }

    @Test
    void refusesAPublicUrlThatIsNotAWebAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> CardUrls.prefix("https://battles.example.com/../"));
        assertThatIllegalArgumentException().isThrownBy(() -> CardUrls.prefix("file:///tmp/"));
    }
}
