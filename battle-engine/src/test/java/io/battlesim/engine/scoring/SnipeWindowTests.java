package io.battlesim.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.Sender;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnipeWindowTests {

    private static final Gift ROSE = new Gift(5655, "Rose", 1, 1);
    private static final Sender ALICE = new Sender("1", "alice", "Alice");

    @Test
    void keepsEveryCommitOfTheWindowInArrivalOrderWhileGrowing() {
        SnipeWindow window = new SnipeWindow(List.of("A", "B"), 1_000, 1);
        for (int t = 0; t < 5_000; t++) {
            window.record(t, t % 2, ALICE, ROSE, 1, 1, 1);
        }

        List<Snipe> snipes = window.before(4_999);

        assertThat(snipes).hasSize(1_001).extracting(Snipe::at).isSorted();
        assertThat(snipes.get(0)).isEqualTo(new Snipe(3_999, "B", "1", "Alice", "Rose", 1, 1, 1));
        assertThat(snipes.get(1_000).at()).isEqualTo(4_999);
    }

    @Test
    void takesTheWindowBeforeAnEarlierEnd() {
        SnipeWindow window = new SnipeWindow(List.of("A"), 100, 1);
        window.record(950, 0, ALICE, ROSE, 1, 5, 5);
        window.record(1_000, 0, ALICE, ROSE, 2, 10, 10);
        window.record(1_040, 0, ALICE, ROSE, 3, 15, 15);

        assertThat(window.before(1_020)).extracting(Snipe::count).containsExactly(1, 2);
    }

    @Test
    void skipsCommitsBelowTheMinimum() {
        SnipeWindow window = new SnipeWindow(List.of("A"), 100, 10);

        window.record(1, 0, ALICE, ROSE, 1, 9, 9);
        window.record(2, 0, ALICE, ROSE, 1, 10, 10);

        assertThat(window.before(50)).extracting(Snipe::points).containsExactly(10L);
    }
}
