package io.battlesim.tiktok.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSetTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final TokenSet tokens = new TokenSet(
            "open-1",
            Fixtures.ACCESS_TOKEN,
            NOW.plusSeconds(3600),
            Fixtures.REFRESH_TOKEN,
            NOW.plus(Duration.ofDays(365)),
            Set.of("user.info.basic"),
            "Bearer");

    @Test
    void toStringNeverShowsTheTokens() {
        assertThat(tokens.toString())
                .doesNotContain(Fixtures.ACCESS_TOKEN)
                .doesNotContain(Fixtures.REFRESH_TOKEN)
                .contains("act.1a2b…", "rft.9z8y…", "open-1");
    }

    @Test
    void accessTokenExpiresWithinTheSkewBeforeItsExpiry() {
        assertThat(tokens.accessTokenExpiresWithin(Duration.ofSeconds(60), NOW)).isFalse();
        assertThat(tokens.accessTokenExpiresWithin(Duration.ofSeconds(60), NOW.plusSeconds(3540)))
                .isTrue();
        assertThat(tokens.accessTokenExpiresWithin(Duration.ZERO, NOW.plusSeconds(3600)))
                .isTrue();
    }

    @Test
    void refreshTokenExpiresAtItsInstant() {
        assertThat(tokens.refreshTokenExpired(NOW)).isFalse();
        assertThat(tokens.refreshTokenExpired(NOW.plus(Duration.ofDays(365)))).isTrue();
    }

    @Test
    void scopesAreUnmodifiable() {
        assertThat(tokens.scopes()).isUnmodifiable();
        assertThat(tokens.hasScope("user.info.basic")).isTrue();
        assertThat(tokens.hasScope("video.list")).isFalse();
    }
}
