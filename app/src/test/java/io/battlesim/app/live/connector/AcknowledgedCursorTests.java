package io.battlesim.app.live.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AcknowledgedCursorTests {

    private final List<Long> saved = new CopyOnWriteArrayList<>();
    private final AcknowledgedCursor cursor =
            new AcknowledgedCursor("b1", "r1", -1, (battleId, roomId, seq) -> saved.add(seq), Clock.systemUTC());

    @Test
    void onlyMovesForwardWhateverOrderAcknowledgementsArriveIn() {
        cursor.acknowledge(7);
        cursor.acknowledge(5);
        cursor.acknowledge(9);

        assertThat(cursor.get()).isEqualTo(9);
    }

    @Test
    void followsAStreamThatNumbersFromOneAgain() {
        cursor.acknowledge(5_000);

        cursor.renumbered(1);
        cursor.acknowledge(3);

        assertThat(cursor.get()).isEqualTo(3);
        cursor.saveNow();
        assertThat(saved).last().isEqualTo(3L);
    }

    @Test
    void savesNothingBeforeTheFirstAcknowledgement() {
        cursor.saveNow();

        assertThat(saved).isEmpty();
    }

    @Test
    void savesTheSameValueOnlyOnce() {
        var fresh = new AcknowledgedCursor("b1", "r1", 4, (battleId, roomId, seq) -> saved.add(seq), Clock.systemUTC());

        fresh.saveNow();
        assertThat(saved).isEmpty();

        fresh.renumbered(1);
        fresh.saveNow();
        fresh.saveNow();
        assertThat(saved).containsExactly(0L);
    }
}
