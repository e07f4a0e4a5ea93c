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
    void leavesAnyOtherScaleToFitTheBrowserSource() { // GH-15
        assertThat(OverlayController.scale(null)).isNull();
        assertThat(OverlayController.scale("9")).isNull();
        assertThat(OverlayController.scale("NaN")).isNull();
        assertThat(OverlayController.scale("1;color:red")).isNull();
    }

    @Test
    void writesTheViewerLinkAsAViewerTypesIt() {
        assertThat(OverlayController.hostOf("https://battles.example/")).isEqualTo("battles.example");
        assertThat(OverlayController.hostOf("http://localhost:8080")).isEqualTo("localhost:8080");
    }
}
