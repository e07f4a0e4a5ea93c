package io.battlesim.app.scoreboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.Odds;
import java.util.List;
import org.junit.jupiter.api.Test;

class OddsViewTests {

    private static OddsView view(double first, double second) {
        return OddsView.of(
                new Odds("b", 7, List.of(new Odds.SideChance("s1", first), new Odds.SideChance("s2", second)), 4000));
    }

    @Test
    void showsWholePercentsThatAddUpToAHundred() {
        assertThat(view(0.625, 0.375).sides())
                .extracting(OddsView.SideOdds::percent)
                .containsExactly(63, 37);
    }

    @Test
    void neverShowsASureWinOrLossThatIsNotSure() {
        assertThat(view(0.996, 0.004).sides())
                .extracting(OddsView.SideOdds::percent)
                .containsExactly(99, 1);
        assertThat(view(1.0, 0.0).sides())
                .extracting(OddsView.SideOdds::percent)
                .containsExactly(100, 0);
    }

    @Test
    void saysWhenTheOddsAreWithheld() {
        OddsView hidden = OddsView.of(new Odds("b", 7, List.of(), 0));

        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.sides()).isEmpty();
    }
}
