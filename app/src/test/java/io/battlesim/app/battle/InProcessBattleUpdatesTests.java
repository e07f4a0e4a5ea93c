package io.battlesim.app.battle;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.SideConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Subscribers get the buffered updates after the sequence they saw, then live ones, with no gap or repeat. */
class InProcessBattleUpdatesTests {

    private static final BattleSnapshot SNAPSHOT = new Battle(BattleConfig.builder("b")
                    .side(SideConfig.host("s1", "A", "r1", "u1"))
                    .side(SideConfig.host("s2", "B", "r2", "u2"))
                    .build())
            .snapshot();

    private final InProcessBattleUpdates updates = new InProcessBattleUpdates(
            new BattleSettings(Duration.ofMillis(250), 500, Duration.ofMillis(50), 10, 1000, ""));

    private static BattleUpdate scoreboard(long sequence) {
        return new BattleUpdate.ScoreboardChanged("b", sequence, SNAPSHOT);
    }

    private static BattleUpdate alert(long sequence) {
        return new BattleUpdate.GiftAlert("b", sequence, "s1", "Mia", "Rose", 5655, 1, 1, false, false);
    }

    private static List<Long> sequences(List<BattleUpdate> received) {
        return received.stream().map(BattleUpdate::sequence).toList();
    }

    @Nested
    class Resuming {

        @Test
        void replaysWhatCameAfterTheLastSeenSequenceThenLiveOnes() {
            LongStream.rangeClosed(1, 5).forEach(i -> updates.publish(i == 1 ? scoreboard(i) : alert(i)));
            List<BattleUpdate> received = new ArrayList<>();

            updates.subscribe("b", 3, received::add);
            updates.publish(alert(6));

            assertThat(sequences(received)).containsExactly(4L, 5L, 6L);
        }

        @Test
        void alwaysGetsTheLatestScoreboardEvenWhenItLeftTheBuffer() {
            updates.publish(scoreboard(1));
            LongStream.rangeClosed(2, 30).forEach(i -> updates.publish(alert(i)));
            List<BattleUpdate> received = new ArrayList<>();

            updates.subscribe("b", 0, received::add);

            assertThat(sequences(received)).containsExactly(1L, 21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L, 30L);
            assertThat(received.getFirst()).isInstanceOf(BattleUpdate.ScoreboardChanged.class);
        }

        @Test
        void getsNothingOldWhenUpToDate() {
            LongStream.rangeClosed(1, 5).forEach(i -> updates.publish(scoreboard(i)));
            List<BattleUpdate> received = new ArrayList<>();

            updates.subscribe("b", 5, received::add);

            assertThat(received).isEmpty();
        }

        @Test
        void keepsBattlesApart() {
            updates.publish(scoreboard(1));
            List<BattleUpdate> received = new ArrayList<>();

            updates.subscribe("other", 0, received::add);
            updates.publish(alert(2));

            assertThat(received).isEmpty();
        }
    }

    @Nested
    class Listening {

        @Test
        void stopsAfterTheSubscriptionIsClosed() {
            List<BattleUpdate> received = new ArrayList<>();
            BattleUpdates.Subscription subscription = updates.subscribe("b", 0, received::add);
            updates.publish(alert(1));

            subscription.close();
            subscription.close();
            updates.publish(alert(2));

            assertThat(sequences(received)).containsExactly(1L);
        }

        @Test
        void dropsAFailingListenerAndKeepsServingTheOthers() {
            AtomicInteger calls = new AtomicInteger();
            List<BattleUpdate> received = new ArrayList<>();
            updates.subscribe("b", 0, update -> {
                calls.incrementAndGet();
                throw new IllegalStateException("client gone");
            });
            updates.subscribe("b", 0, received::add);

            updates.publish(alert(1));
            updates.publish(alert(2));

            assertThat(calls).hasValue(1);
            assertThat(sequences(received)).containsExactly(1L, 2L);
        }

        @Test
        void dropsOnlyIdleChannelsOfBattlesThatAreNotRunning() {
            updates.publish(alert(1));
            BattleUpdates.Subscription listened = updates.subscribe("watched", 0, update -> {});
            updates.publish(new BattleUpdate.GiftAlert("running", 1, "s1", "M", "Rose", 1, 1, 1, false, false));

            updates.dropIdle(Duration.ZERO, "running"::equals);

            assertThat(updates.channelCount()).isEqualTo(2);
            listened.close();
            updates.dropIdle(Duration.ZERO, "running"::equals);
            assertThat(updates.channelCount()).isEqualTo(1);
        }
    }
}
