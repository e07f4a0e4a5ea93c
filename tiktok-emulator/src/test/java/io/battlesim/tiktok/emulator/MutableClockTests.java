package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void standsStillUntilMoved() {
        assertThat(clock.instant()).isEqualTo(clock.instant()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void advancesAndSets() {
        clock.advance(Duration.ofMinutes(90));
        assertThat(clock.instant()).isEqualTo("2026-01-01T01:30:00Z");

        clock.set(Instant.parse("2030-05-05T05:05:05Z"));
        assertThat(clock.instant()).isEqualTo("2030-05-05T05:05:05Z");
    }

    @Test
    void sharesItsInstantWithZonedViews() {
        var paris = clock.withZone(ZoneId.of("Europe/Paris"));
        clock.advance(Duration.ofSeconds(5));

        assertThat(paris.instant()).isEqualTo(clock.instant());
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
