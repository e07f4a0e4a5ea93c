package io.battlesim.app.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.AudienceSnapshot;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.FireCause;
import io.battlesim.engine.powerup.PowerUpKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudienceViewTests {

    private static AudienceSnapshot votes(long... perSide) {
        List<AudienceSnapshot.SideVotes> sides = Arrays.stream(perSide)
                .mapToObj(votes -> new AudienceSnapshot.SideVotes("s" + votes, votes, votes, 0, 0, List.of(), 0))
                .toList();
        return new AudienceSnapshot(
                AudienceRules.standard(), sides, Arrays.stream(perSide).sum(), 3, 1, null);
    }

    @Test
    void sharesAddUpToAHundredWithTheSparePointsToTheLargestRemainders() {
        assertThat(AudienceView.percents(votes(1, 1, 1))).containsExactly(34, 33, 33);
        assertThat(AudienceView.percents(votes(2, 1))).containsExactly(67, 33);
        assertThat(AudienceView.percents(votes(999_999, 1))).containsExactly(100, 0);
        assertThat(AudienceView.percents(votes(0, 0))).containsExactly(0, 0);
        assertThat(Arrays.stream(AudienceView.percents(votes(7, 13, 29, 51, 3))).sum())
                .isEqualTo(100);
    }

    @Test
    void scoreEventsCarryWhatMovesWithoutTheRules() {
        AudienceSnapshot snapshot = new AudienceSnapshot(
                AudienceRules.standard(),
                List.of(),
                0,
                0,
                1,
                new AudienceSnapshot.Fired(PowerUpKind.MAGIC_MIST, "s2", FireCause.LIKES, 42));
        AudienceView view = AudienceView.of(snapshot);

        assertThat(view.rules()).isNotNull();
        assertThat(view.rules().voteCommand()).isEqualTo("!vote");
        assertThat(view.lastFired().name()).isEqualTo("Magic Mist");
        assertThat(view.moving().rules()).isNull();
        assertThat(view.moving().lastFired()).isEqualTo(view.lastFired());
        assertThat(AudienceView.of(AudienceSnapshot.none()).active()).isFalse();
    }
}
