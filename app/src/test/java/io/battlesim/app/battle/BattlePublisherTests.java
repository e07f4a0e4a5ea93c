package io.battlesim.app.battle;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Change;
import io.battlesim.engine.Phase;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.Sender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoreboards are coalesced (latest wins, at once on a phase change); gift alerts go one by one. */
class BattlePublisherTests {

    private static final long HOUR = Duration.ofHours(1).toNanos();
    private static final BattleSnapshot SNAPSHOT = new Battle(BattleConfig.builder("b")
                    .side(SideConfig.host("s1", "A", "r1", "u1"))
                    .side(SideConfig.host("s2", "B", "r2", "u2"))
                    .build())
            .snapshot();

    private final InProcessBattleUpdates updates = new InProcessBattleUpdates(BattleSettings.defaults());
    private final List<Long> reserved = new ArrayList<>();
    private final List<BattleUpdate> received = new ArrayList<>();
    private final BattlePublisher publisher =
            new BattlePublisher("b", updates, new UpdateSequence(41_000, reserved::add), HOUR);

    BattlePublisherTests() {
        updates.subscribe("b", 0, received::add);
    }

    @Test
    void sendsTheFirstScoreboardThenHoldsTheNextOnesUntilTheIntervalPassed() {
        publisher.scoreboard(SNAPSHOT, false);
        publisher.scoreboardChanged();
        publisher.scoreboard(SNAPSHOT, false);
        publisher.scoreboardChanged();
        publisher.scoreboard(SNAPSHOT, false);

        assertThat(received).singleElement().isInstanceOf(BattleUpdate.ScoreboardChanged.class);
        assertThat(publisher.nanosUntilDue()).isPositive();
    }

    @Test
    void sendsAPendingScoreboardAtOnceWhenAskedToOnAPhaseChange() {
        publisher.scoreboard(SNAPSHOT, false);
        publisher.scoreboardChanged();

        boolean phaseChanged = publisher.alerts(List.of(new Change.PhaseChanged(Phase.ENDED, 5)));
        publisher.scoreboard(SNAPSHOT, phaseChanged);

        assertThat(phaseChanged).isTrue();
        assertThat(received).hasSize(2).allMatch(BattleUpdate.ScoreboardChanged.class::isInstance);
        assertThat(publisher.nanosUntilDue()).isEqualTo(-1);
    }

    @Test
    void sendsOneAlertPerCommittedGiftAndNoneForAStreakTap() {
        var sender = new Sender("1", "mia", "Mia");
        var rose = new Gift(5655, "Rose", 1, 1);

        boolean phaseChanged = publisher.alerts(List.of(
                new Change.StreakUpdated("s1", sender, rose, 2, 2),
                new Change.GiftCommitted("s1", "r1", sender, rose, 3, 3, 3, false, false, 10),
                new Change.GiftCommitted("s2", "r2", sender, rose, 1, 1, 1, true, true, 11)));

        assertThat(phaseChanged).isFalse();
        assertThat(received)
                .extracting(update -> ((BattleUpdate.GiftAlert) update).count())
                .containsExactly(3, 1);
        assertThat(((BattleUpdate.GiftAlert) received.get(1)).inferred()).isTrue();
        assertThat(received)
                .extracting(update -> ((BattleUpdate.GiftAlert) update).snipe())
                .containsExactly(false, true);
    }

    @Test
    void numbersUpdatesAboveTheStoredHighWaterMarkAndReservesBlocks() {
        publisher.scoreboard(SNAPSHOT, true);
        publisher.ended(SNAPSHOT);

        assertThat(received).extracting(BattleUpdate::sequence).containsExactly(41_001L, 41_002L);
        assertThat(received.getLast()).isInstanceOf(BattleUpdate.BattleEnded.class);
        assertThat(reserved).containsExactly(41_000L + UpdateSequence.BLOCK);
    }
}
