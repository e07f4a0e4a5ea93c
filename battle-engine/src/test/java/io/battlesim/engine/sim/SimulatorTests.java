package io.battlesim.engine.sim;

import static io.battlesim.engine.sim.SimFixtures.agent;
import static io.battlesim.engine.sim.SimFixtures.duel;
import static io.battlesim.engine.sim.SimFixtures.duelWithCrowds;
import static io.battlesim.engine.sim.SimFixtures.oneVsOne;
import static io.battlesim.engine.sim.SimFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.Phase;
import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Tick;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatorTests {

    private final Simulator simulator = new Simulator();

    @Test
    void givesTheSameBattleForTheSameSeed() {
        SimulationSetup setup = everyKind(7);

        SimFixtures.Recording first = record(setup);
        SimFixtures.Recording second = record(setup);

        assertThat(second.events).isEqualTo(first.events);
        assertThat(simulator.run(setup)).isEqualTo(simulator.run(setup));
        assertThat(simulator.run(setup).scores())
                .isEqualTo(first.snapshots.getLast().sides().stream()
                        .mapToLong(side -> side.score())
                        .toArray());
    }

    @Test
    void givesAnotherBattleForAnotherSeed() {
        assertThat(record(everyKind(8)).events).isNotEqualTo(record(everyKind(9)).events);
    }

    @Test
    void neverLetsAnAgentSpendBeyondItsBudget() {
        long[] budgets = {0, 1, 7, 300, 2_500, 40_000, 1_000_000};
        for (long seed = 0; seed < 60; seed++) {
            long budget = budgets[(int) (seed % budgets.length)];
            SimulationSetup setup = everyKind(seed, budget);

            SimulationResult result = simulator.run(setup);

            for (var seat : setup.seats()) {
                assertThat(result.spentByAgent().get(seat.agent().id()))
                        .as("seed %d, %s", seed, seat.agent().id())
                        .isBetween(0L, budget);
            }
        }
    }

    @Test
    void neverCommitsMoreOfAnAgentsGiftsThanItsBudget() {
        for (long seed = 100; seed < 110; seed++) {
            SimulationSetup setup = everyKind(seed, 5_000);
            SimFixtures.Recording recording = record(setup);

            for (var seat : setup.seats()) {
                long committed = recording.commitsOf(seat.agent().id()).stream()
                        .mapToLong(commit -> commit.coins())
                        .sum();
                assertThat(committed).as("seed %d, %s", seed, seat.agent().id()).isLessThanOrEqualTo(5_000);
            }
        }
    }

    @Test
    void deliversStreaksAsRisingTapEventsThatEndOnce() {
        SimFixtures.Recording recording =
                record(duel(agent("steady", StrategyKind.STEADY, 3_000), agent("idle", StrategyKind.REACTIVE, 0), 3));

        Map<String, List<GiftReceived>> streaks = new LinkedHashMap<>();
        for (GiftReceived gift : recording.giftsOf("steady")) {
            streaks.computeIfAbsent(gift.groupId(), group -> new ArrayList<>()).add(gift);
        }

        assertThat(streaks).isNotEmpty();
        for (List<GiftReceived> taps : streaks.values()) {
            assertThat(taps.getFirst().repeatCount()).isEqualTo(1);
            assertThat(taps.getFirst().repeatEnd()).isFalse();
            assertThat(taps.getLast().repeatEnd()).isTrue();
            assertThat(taps.stream().filter(GiftReceived::repeatEnd)).hasSize(1);
            for (int i = 1; i < taps.size() - 1; i++) {
                assertThat(taps.get(i).repeatCount())
                        .isGreaterThan(taps.get(i - 1).repeatCount());
            }
            int count = taps.getLast().repeatCount();
            assertThat(taps.getLast().timestamp() - taps.getFirst().timestamp()).isEqualTo(count * 100L);
        }
    }

    @Test
    void ticksTheBattleEveryStepUntilTheBell() {
        SimulationSetup setup = duel(agent("a", StrategyKind.STEADY, 1_000), agent("b", StrategyKind.SNIPER, 1_000), 4)
                .withStep(Duration.ofSeconds(1));

        SimFixtures.Recording recording = record(setup);

        List<BattleEvent> ticks =
                recording.events.stream().filter(event -> event instanceof Tick).toList();
        assertThat(ticks).hasSize(300);
        assertThat(ticks.getLast().timestamp()).isEqualTo(Simulator.START_MILLIS + 300_000);
        assertThat(recording.snapshots).hasSize(300);
        assertThat(recording.snapshots.getLast().phase()).isEqualTo(Phase.ENDED);
    }

    @Test
    void givesEveryEventAUniqueId() {
        SimFixtures.Recording recording = record(everyKind(11));

        Set<String> ids = new HashSet<>();
        for (BattleEvent event : recording.events) {
            if (event instanceof GiftReceived gift) {
                assertThat(ids.add(gift.eventId())).as(gift.eventId()).isTrue();
            }
        }
        assertThat(recording.results).noneMatch(result -> result instanceof ApplyResult.Duplicate);
    }

    @Test
    void reportsTheEnginesResult() {
        SimFixtures.Recording recording = record(everyKind(12));
        var last = recording.snapshots.getLast();

        SimulationResult result = simulator.run(everyKind(12));

        assertThat(result.winnerSideId()).isEqualTo(last.winner());
        assertThat(result.tie()).isEqualTo(last.tie());
        assertThat(result.events()).isEqualTo(recording.events.size());
    }

    @Test
    void playsACrowdOnlyBattle() {
        SimulationSetup setup = new SimulationSetup(
                oneVsOne().build(), List.of(), Map.of(0, CrowdModel.typical(), 1, CrowdModel.typical()), 5);

        SimulationResult result = simulator.run(setup);

        assertThat(result.score(0) + result.score(1)).isPositive();
        assertThat(result.spentByAgent()).isEmpty();
    }

    @Test
    void refusesSeatsOnSidesTheBattleDoesNotHave() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SimulationSetup(
                        oneVsOne().build(), List.of(new Seat(agent("x", StrategyKind.STEADY, 1), 2)), Map.of(), 1))
                .withMessageContaining("side 2");
    }

    /** Every kind of agent, two on each side, with typical crowds. */
    static SimulationSetup everyKind(long seed) {
        return everyKind(seed, 8_000);
    }

    static SimulationSetup everyKind(long seed, long budget) {
        SimulationSetup duel = duelWithCrowds(
                agent("steady", StrategyKind.STEADY, budget), agent("sniper", StrategyKind.SNIPER, budget), seed);
        List<Seat> seats = new ArrayList<>(duel.seats());
        seats.add(new Seat(AgentSpec.of("whale", StrategyKind.WHALE, budget), 0));
        seats.add(new Seat(AgentSpec.of("reactive", StrategyKind.REACTIVE, budget), 1));
        seats.add(new Seat(AgentSpec.of("planner", StrategyKind.PLANNER, budget), 1));
        return new SimulationSetup(duel.config(), seats, duel.crowds(), seed);
    }
}
