package io.battlesim.app.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class ReturnPathsTests {

    @Test
    void acceptsAPathOnThisSiteWithItsQuery() { // GH-15
        assertThat(ReturnPaths.valid("/publish/jobs")).contains("/publish/jobs");
        assertThat(ReturnPaths.valid("/publish/battles/b-1?media=video")).contains("/publish/battles/b-1?media=video");
    }

    @Test
    void refusesOtherOriginsAndTheSignInItself() { // GH-15
        for (String path : new String[] {
            "//evil.example/x",
            "/\\evil.example",
            "https://evil.example/",
            "evil",
            "",
            "/publish/jobs\r\nSet-Cookie: x=1",
            "/auth/tiktok?next=/",
            "/" + "a".repeat(600)
        }) {
            assertThat(ReturnPaths.valid(path)).as(path).isEmpty();
        }
        assertThat(ReturnPaths.valid(null)).isEmpty();
    }

    @Test
    void aSignInWithoutAPathForgetsTheOneOfAnEarlierSignIn() { // GH-15
        var session = new MockHttpSession();
        ReturnPaths.remember(session, "/publish/jobs");
        ReturnPaths.remember(session, null);

        assertThat(ReturnPaths.take(session)).isEqualTo("/");
    }

    @Test
    void theRememberedPathIsUsedOnce() { // GH-15
        var session = new MockHttpSession();
        ReturnPaths.remember(session, "/publish/jobs");

        assertThat(ReturnPaths.take(session)).isEqualTo("/publish/jobs");
        assertThat(ReturnPaths.take(session)).isEqualTo("/");
        assertThat(ReturnPaths.take(null)).isEqualTo("/");
    }
}
