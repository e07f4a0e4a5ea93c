package io.battlesim.engine.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTableTests {

    @Test
    void binsForecastsIntoDecilesAndScoresThem() {
        CalibrationTable table = new CalibrationTable();
        table.add(0.75, 1, 1);
        table.add(0.75, 0, 1);
        table.add(0.05, 0, 0.5);
        table.add(1.0, 1, 1);

        assertThat(table.deciles()).hasSize(10);
        assertThat(table.deciles().get(7).count()).isEqualTo(2);
        assertThat(table.deciles().get(7).meanForecast()).isEqualTo(0.75);
        assertThat(table.deciles().get(7).observedRate()).isEqualTo(0.5);
        assertThat(table.deciles().get(7).gap()).isEqualTo(0.25);
        assertThat(table.deciles().get(9).count()).isEqualTo(1);
        assertThat(table.deciles().get(3).meanForecast()).isNaN();
        assertThat(table.brier()).isCloseTo((0.0625 + 0.5625 + 0.0025) / 4, within(1e-12));
        assertThat(table.baselineBrier()).isCloseTo((0 + 1 + 0.25 + 0) / 4, within(1e-12));
        assertThat(table.skill()).isCloseTo(1 - 0.6275 / 1.25, within(1e-12));
        assertThat(table.toMarkdown()).contains("| 0.7-0.8 | 2 | 0.750 | 0.500 |", "skill 0.498");
    }

    @Test
    void refusesValuesThatAreNotProbabilities() {
        CalibrationTable table = new CalibrationTable();

        assertThatIllegalArgumentException().isThrownBy(() -> table.add(1.2, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> table.add(0.5, Double.NaN, 1));
    }
}
