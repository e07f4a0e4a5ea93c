package io.battlesim.app.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoundPacingTests {

    private final RoundPacing pacing = new RoundPacing(Duration.ofSeconds(1), 4);

    @Test
    void restsTheIntervalAfterAQuickRun() {
        assertThat(pacing.restAfter(Duration.ofMillis(100))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void restsFourTimesAsLongAsASlowRunTook() {
        assertThat(pacing.restAfter(Duration.ofMillis(600))).isEqualTo(Duration.ofMillis(2_400));
    }

    @Test
    void refusesANonPositiveInterval() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RoundPacing(Duration.ZERO, 4));
    }
}
