package io.battlesim.app.scoreboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverlayControllerTests {

    @Test
    void keepsAScaleBetweenAQuarterAndFour() {
        assertThat(OverlayController.scale("1.5")).isEqualTo("1.500");
        assertThat(OverlayController.scale("0.25")).isEqualTo("0.250");
    }

    @Test
    void fallsBackToOneForAnyOtherScale() {
        assertThat(OverlayController.scale(null)).isEqualTo("1.000");
        assertThat(OverlayController.scale("9")).isEqualTo("1.000");
        assertThat(OverlayController.scale("NaN")).isEqualTo("1.000");
        assertThat(OverlayController.scale("1;color:red")).isEqualTo("1.000");
    }
}
