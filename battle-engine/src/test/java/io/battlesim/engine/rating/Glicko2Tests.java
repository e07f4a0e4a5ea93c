package io.battlesim.engine.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Glicko2Tests {

    private final Glicko2 glicko = Glicko2.standard();

    @Test
    void reproducesGlickmansWorkedExample() {
        Rating player = new Rating(1500, 200, 0.06);
        List<Glicko2.Result> results = List.of(
                new Glicko2.Result(new Rating(1400, 30, 0.06), 1),
                new Glicko2.Result(new Rating(1550, 100, 0.06), 0),
                new Glicko2.Result(new Rating(1700, 300, 0.06), 0));

        Rating after = glicko.update(player, results);

        assertThat(after.rating()).isCloseTo(1464.06, within(0.01));
        assertThat(after.deviation()).isCloseTo(151.52, within(0.01));
        assertThat(after.volatility()).isCloseTo(0.05999, within(0.00001));
    }

    @Test
    void onlyWidensTheDeviationOfAnIdlePeriod() {
        Rating player = new Rating(1500, 200, 0.06);

        Rating after = glicko.update(player, List.of());

        assertThat(after.rating()).isEqualTo(1500);
        assertThat(after.deviation()).isCloseTo(200.2714, within(0.001));
        assertThat(after.volatility()).isEqualTo(0.06);
    }

    @Test
    void raisesAWinnerAndLowersALoserByTheSameAmountWhenAlike() {
        Rating winner = glicko.update(Rating.INITIAL, List.of(new Glicko2.Result(Rating.INITIAL, 1)));
        Rating loser = glicko.update(Rating.INITIAL, List.of(new Glicko2.Result(Rating.INITIAL, 0)));
        Rating drawn = glicko.update(Rating.INITIAL, List.of(new Glicko2.Result(Rating.INITIAL, 0.5)));

        assertThat(winner.rating() - 1500).isPositive().isCloseTo(1500 - loser.rating(), within(1e-9));
        assertThat(drawn.rating()).isCloseTo(1500, within(1e-9));
        assertThat(winner.deviation()).isLessThan(350);
        assertThat(winner.lower()).isEqualTo(winner.rating() - 2 * winner.deviation());
    }

    @Test
    void refusesInvalidInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Glicko2.Result(Rating.INITIAL, 1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Rating(1500, 0, 0.06));
        assertThatIllegalArgumentException().isThrownBy(() -> new Glicko2(0));
    }
}
