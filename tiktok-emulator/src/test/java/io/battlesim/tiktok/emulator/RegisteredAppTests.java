package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisteredAppTests {

    private static RegisteredApp app(List<String> redirectUris, Set<String> scopes) {
        return new RegisteredApp("sbawkey", "top-secret-value", "App", redirectUris, scopes, PkceMode.HEX, true, false);
    }

    private static RegisteredApp app(String redirectUri) {
        return app(List.of(redirectUri), Set.of("user.info.basic"));
    }

    @Test
    void acceptsHttpsAndLoopbackHttpWithAPort() {
        assertThat(app("https://example.com/callback/").redirectUris()).hasSize(1);
        assertThat(app("http://localhost:5000/auth/tiktok/callback").redirectUris())
                .hasSize(1);
        assertThat(app("http://127.0.0.1:*/callback/").redirectUris()).hasSize(1);
    }

    @Test
    void refusesRedirectUrisTikTokWouldRefuse() {
        assertThatIllegalArgumentException().isThrownBy(() -> app("http://example.com/callback"));
        assertThatIllegalArgumentException().isThrownBy(() -> app("http://localhost/callback"));
        assertThatIllegalArgumentException().isThrownBy(() -> app("https://example.com/callback?id=1"));
        assertThatIllegalArgumentException().isThrownBy(() -> app("https://example.com/callback#top"));
        assertThatIllegalArgumentException().isThrownBy(() -> app("/callback"));
        assertThatIllegalArgumentException().isThrownBy(() -> app("https://example.com/" + "a".repeat(512)));
    }

    @Test
    void refusesMoreThanTenRedirectUris() {
        List<String> eleven = Collections.nCopies(11, "https://example.com/cb/");

        assertThatIllegalArgumentException().isThrownBy(() -> app(eleven, Set.of("user.info.basic")));
    }

    @Test
    void refusesUnknownScopes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> app(List.of("https://example.com/cb/"), Set.of("live.gift.info")))
                .withMessageContaining("live.gift.info");
    }

    @Test
    void matchesRedirectUrisAsExactStrings() {
        RegisteredApp app = app("https://example.com/callback/");

        assertThat(app.allowsRedirectUri("https://example.com/callback/")).isTrue();
        assertThat(app.allowsRedirectUri("https://example.com/callback")).isFalse();
        assertThat(app.allowsRedirectUri("https://EXAMPLE.com/callback/")).isFalse();
    }

    @Test
    void matchesAnyPortForAWildcardPort() {
        RegisteredApp app = app("http://127.0.0.1:*/callback/");

        assertThat(app.allowsRedirectUri("http://127.0.0.1:53123/callback/")).isTrue();
        assertThat(app.allowsRedirectUri("http://127.0.0.1:53123/callback")).isFalse();
        assertThat(app.allowsRedirectUri("http://127.0.0.1:x/callback/")).isFalse();
    }

    @Test
    void masksTheSecretInToString() {
        assertThat(app("https://example.com/cb/").toString())
                .doesNotContain("top-secret-value")
                .contains("sbawkey");
    }
}
