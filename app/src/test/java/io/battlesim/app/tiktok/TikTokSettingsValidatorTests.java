package io.battlesim.app.tiktok;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.battlesim.tiktok.client.PkceEncoding;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TikTokSettingsValidatorTests {

    private static final String REDIRECT = "https://battles.example.com/auth/tiktok/callback";

    @Test
    void acceptsTheEmbeddedDefault() {
        assertThatNoException()
                .isThrownBy(() -> TikTokSettingsValidator.validate(
                        settings("", "", "http://localhost:5000/auth/tiktok/callback")));
    }

    @Test
    void acceptsRealCredentials() {
        assertThatNoException()
                .isThrownBy(() -> TikTokSettingsValidator.validate(settings("awkey", "secret", REDIRECT)));
    }

    @Test
    void refusesAKeyWithoutASecret() {
        assertThatExceptionOfType(InvalidTikTokSettingsException.class)
                .isThrownBy(() -> TikTokSettingsValidator.validate(settings("awkey", " ", REDIRECT)))
                .withMessageContaining("client-secret")
                .satisfies(e ->
                        org.assertj.core.api.Assertions.assertThat(e.action()).contains("TIKTOK_CLIENT_SECRET"));
    }

    @Test
    void refusesASecretWithoutAKeyWithoutShowingIt() {
        assertThatExceptionOfType(InvalidTikTokSettingsException.class)
                .isThrownBy(() -> TikTokSettingsValidator.validate(settings(null, "the-secret", REDIRECT)))
                .withMessageContaining("TIKTOK_CLIENT_KEY")
                .withMessageNotContaining("the-secret");
    }

    @Test
    void refusesARedirectUriWithAQuery() {
        assertThatExceptionOfType(InvalidTikTokSettingsException.class)
                .isThrownBy(() -> TikTokSettingsValidator.validate(settings("k", "s", REDIRECT + "?x=1")))
                .withMessageContaining("query");
    }

    @Test
    void refusesARelativeRedirectUri() {
        assertThatExceptionOfType(InvalidTikTokSettingsException.class)
                .isThrownBy(() -> TikTokSettingsValidator.validate(settings("k", "s", "/auth/tiktok/callback")))
                .withMessageContaining("absolute");
    }

    @Test
    void refusesScopesWithoutUserInfoBasic() {
        var settings = new TikTokSettings(
                "k",
                "s",
                REDIRECT,
                URI.create("https://www.tiktok.com"),
                URI.create("https://open.tiktokapis.com"),
                List.of("video.list"),
                PkceEncoding.HEX);

        assertThatExceptionOfType(InvalidTikTokSettingsException.class)
                .isThrownBy(() -> TikTokSettingsValidator.validate(settings))
                .withMessageContaining("user.info.basic");
    }

    private static TikTokSettings settings(@Nullable String key, @Nullable String secret, String redirectUri) {
        return new TikTokSettings(
                key,
                secret,
                redirectUri,
                URI.create("https://www.tiktok.com"),
                URI.create("https://open.tiktokapis.com"),
                List.of("user.info.basic", "user.info.profile"),
                PkceEncoding.HEX);
    }
}
