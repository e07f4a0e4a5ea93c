package io.battlesim.engine;

import static io.battlesim.engine.BattleFixtures.oneVsOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.LiveEvent;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Tick;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BattleReplayTests {

    private static final BattleConfig CONFIG = oneVsOne().build();

    @Test
    void rebuildsTheSameBattleFromItsEvents() {
        List<BattleEvent> events = RandomBattles.generate(7, 3_000);
        Battle live = new Battle(CONFIG);
        List<BattleSnapshot> liveSnapshots = new ArrayList<>();
        for (BattleEvent event : events) {
            live.apply(event);
            liveSnapshots.add(live.snapshot());
        }

        Battle replayed = Battle.replay(CONFIG, events);

        assertThat(replayed.snapshot()).isEqualTo(live.snapshot());
        assertThat(replayed.statistics()).isEqualTo(live.statistics());
        assertThat(live.phase()).isEqualTo(Phase.ENDED);
        assertThat(liveSnapshots).extracting(BattleSnapshot::version).isSorted();
    }

    @Test
    void answersEveryEventTheSameWayOnReplay() {
        List<BattleEvent> events = RandomBattles.generate(11, 2_000);
        Battle first = new Battle(CONFIG);
        Battle second = new Battle(CONFIG);

        for (BattleEvent event : events) {
            assertThat(second.apply(event)).isEqualTo(first.apply(event));
        }
    }

    @Test
    void rebuildsTheSameBattleWithoutTheTicksThatChangedNothing() {
        List<BattleEvent> events = RandomBattles.generate(5, 2_000);
        Battle live = new Battle(CONFIG);
        List<BattleEvent> log = new ArrayList<>();
        for (BattleEvent event : events) {
            ApplyResult result = live.apply(event);
            if (!(event instanceof Tick) || result instanceof ApplyResult.Applied) {
                log.add(event);
            }
        }

        Battle replayed = Battle.replay(CONFIG, log);

        assertThat(log.size()).isLessThan(events.size());
        assertThat(replayed.snapshot()).isEqualTo(live.snapshot());
    }

    @Test
    void commitsExactlyTheCoinsViewersSentWhateverEndEventsGoMissing() {
        for (long seed = 1; seed <= 20; seed++) {
            RandomBattles.Scenario scenario = RandomBattles.withGroupIds(seed, 2_000);

            Battle battle = Battle.replay(CONFIG, scenario.events());

            for (BattleSnapshot.Side side : battle.snapshot().sides()) {
                assertThat(side.coins())
                        .as("seed %d side %s", seed, side.id())
                        .isEqualTo(scenario.coinsBySide().getOrDefault(side.id(), 0L));
            }
            assertThat(battle.statistics().inferredCommits())
                    .as("seed %d", seed)
                    .isPositive();
        }
    }

    /** Property: re-delivering any events, any number of times, anywhere after their first delivery, changes nothing. */
    @Nested
    class Redeliveries {

        private static final int TRIALS = 200;

        @Test
        void leaveTheBattleUnchangedInAnyInterleaving() {
            Random random = new Random(20_240_601L);
            for (int trial = 0; trial < TRIALS; trial++) {
                long seed = random.nextLong();
                List<BattleEvent> events = RandomBattles.generate(seed, 300 + random.nextInt(700));
                Battle expected = Battle.replay(CONFIG, events);

                List<BattleEvent> redelivered = withRedeliveries(events, random);
                Battle actual = Battle.replay(CONFIG, redelivered);

                assertThat(actual.snapshot())
                        .as("trial %d, seed %d", trial, seed)
                        .isEqualTo(expected.snapshot());
                BattleStatistics stats = actual.statistics();
                assertThat(stats.duplicates()).isEqualTo(redelivered.size() - events.size());
                assertThat(stats.giftersBySide())
                        .isEqualTo(expected.statistics().giftersBySide());
            }
        }

        /** Copies of events with ids (gifts, likes, power-ups), each inserted at a random later position. */
        private List<BattleEvent> withRedeliveries(List<BattleEvent> events, Random random) {
            List<BattleEvent> result = new ArrayList<>(events);
            int copies = random.nextInt(events.size());
            for (int i = 0; i < copies; i++) {
                int original = random.nextInt(events.size());
                BattleEvent event = events.get(original);
                if (event instanceof LiveEvent || event instanceof PowerUpTriggered) {
                    int firstDelivery = result.indexOf(event);
                    int at = firstDelivery + 1 + random.nextInt(result.size() - firstDelivery);
                    result.add(at, event);
                }
            }
            if (random.nextBoolean()) {
                result.addAll(reconnectReplay(events, random));
            }
            return result;
        }

        /** A reconnect that re-sends the last stretch of the stream at its end. */
        private List<BattleEvent> reconnectReplay(List<BattleEvent> events, Random random) {
            int from = random.nextInt(events.size());
            List<BattleEvent> tail = new ArrayList<>();
            for (BattleEvent event : events.subList(from, events.size())) {
                if (event instanceof LiveEvent || event instanceof PowerUpTriggered) {
                    tail.add(event);
                }
            }
            return tail;
        }
    }
}
