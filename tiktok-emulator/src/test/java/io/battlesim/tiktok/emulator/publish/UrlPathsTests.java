package io.battlesim.tiktok.emulator.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 3986 path normalisation, so a verified URL prefix is compared with the path a server will serve. */
class UrlPathsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // RFC 3986 §5.2.4's own examples
        "/a/b/c/./../../g, /a/g",
        "mid/content=5/../6, mid/6",
        // more dot segments than segments stay at the root
        "/../../x, /x",
        "/cards/.., /",
        "/cards/., /cards/",
        "/cards/x/../y.jpg, /cards/y.jpg",
        "/cards/..x/y.jpg, /cards/..x/y.jpg",
        "/cards/a..b/, /cards/a..b/"
    })
    void removesDotSegments(String path, String expected) {
        assertThat(UrlPaths.removeDotSegments(path)).isEqualTo(expected);
    }

    @Test
    void decodesEncodedDotsBeforeRemovingDotSegments() {
        assertThat(UrlPaths.normalise("/cards/%2e%2E/api/x.jpg")).isEqualTo("/api/x.jpg");
        assertThat(UrlPaths.normalise("/cards/.%2e/api/x.jpg")).isEqualTo("/api/x.jpg");
    }

    @Test
    void decodesOnlyUnreservedCharactersAndUpperCasesTheOtherEscapes() {
        assertThat(UrlPaths.normalise("/%63ards/a%7e%2fb%3f%20c.jpg")).isEqualTo("/cards/a~%2Fb%3F%20c.jpg");
    }

    @Test
    void spotsEncodedSeparators() {
        assertThat(UrlPaths.hasEncodedSeparator(UrlPaths.normalise("/cards/..%2fapi")))
                .isTrue();
        assertThat(UrlPaths.hasEncodedSeparator(UrlPaths.normalise("/cards/..%5capi")))
                .isTrue();
        assertThat(UrlPaths.hasEncodedSeparator(UrlPaths.normalise("/cards/x%20y.jpg")))
                .isFalse();
    }
}
