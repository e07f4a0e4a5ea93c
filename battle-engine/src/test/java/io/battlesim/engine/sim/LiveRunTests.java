package io.battlesim.engine.sim;

import static io.battlesim.engine.sim.SimFixtures.oneVsOne;
import static io.battlesim.engine.sim.SimFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.Battle;
import io.battlesim.engine.Change;
import io.battlesim.engine.Phase;
import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveRunTests {

    @Test
    void yieldsTheEventsOfAFastRunWithTheSameSeed() {
        for (long seed = 20; seed < 25; seed++) {
            SimulationSetup setup = SimulatorTests.everyKind(seed);
            List<BattleEvent> fast = simulatedEvents(setup);

            List<BattleEvent> live = playLive(setup, 40);

            assertThat(live).as("seed %d", seed).isEqualTo(fast);
        }
    }

    @Test
    void yieldsTheSameEventsWhenPolledLessOftenThanItSteps() {
        SimulationSetup setup = SimulatorTests.everyKind(31);

        assertThat(playLive(setup, 700)).isEqualTo(simulatedEvents(setup));
    }

    @Test
    void yieldsNothingBeforeTheStartOrAfterTheEnd() {
        SimulationSetup setup = SimulatorTests.everyKind(32);
        LiveRun run = new LiveRun(setup, Simulator.START_MILLIS);
        Battle battle = new Battle(setup.config());

        assertThat(run.eventsUntil(Simulator.START_MILLIS + 10_000, battle.snapshot()))
                .isEmpty();

        battle.apply(new Start(Simulator.START_MILLIS));
        battle.apply(new Tick(Simulator.START_MILLIS + 300_000));
        assertThat(battle.phase()).isEqualTo(Phase.ENDED);
        assertThat(run.eventsUntil(Simulator.START_MILLIS + 300_000, battle.snapshot()))
                .isEmpty();
    }

    @Test
    void playsOnlyTheAgentsSideOfAPracticeBattle() {
        SimulationSetup setup = new SimulationSetup(
                oneVsOne().build(),
                List.of(new Seat(AgentSpec.of("coach", StrategyKind.REACTIVE, 20_000), 1)),
                Map.of(),
                7);
        long start = Simulator.START_MILLIS;
        LiveRun run = new LiveRun(setup, start);
        Battle battle = new Battle(setup.config());
        battle.apply(new Start(start));
        Sender fan = new Sender("42", "fan", "Fan");
        List<BattleEvent> yielded = new ArrayList<>();

        for (long t = start; t <= start + 60_000; t += 250) {
            if (t == start + 5_000) {
                apply(
                        battle,
                        run,
                        new GiftReceived(
                                "real-1", "room-a", fan, null, new Gift(11046, "Galaxy", 2, 1000), 1, false, null, t));
            }
            for (BattleEvent event : run.eventsUntil(t, battle.snapshot())) {
                yielded.add(event);
                apply(battle, run, event);
            }
            battle.apply(new Tick(t));
        }

        assertThat(yielded)
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event)
                        .isInstanceOfSatisfying(
                                GiftReceived.class,
                                gift -> assertThat(gift.roomId()).isEqualTo("room-b")));
        assertThat(battle.snapshot().side("B").score()).isGreaterThan(1000);
        assertThat(run.spentByAgent().get("coach")).isBetween(1000L, 20_000L);
    }

    /** The gift and booster events a fast run fed its battle, in order. */
    private static List<BattleEvent> simulatedEvents(SimulationSetup setup) {
        return record(setup).events.stream()
                .filter(event -> event instanceof GiftReceived || event instanceof PowerUpTriggered)
                .toList();
    }

    /**
     * Drives a real battle at the given poll interval the way the app does: apply what the run yields and forward
     * the commits until it yields nothing more, then tick.
     */
    private static List<BattleEvent> playLive(SimulationSetup setup, long pollMillis) {
        long start = Simulator.START_MILLIS;
        LiveRun run = new LiveRun(setup, start);
        Battle battle = new Battle(setup.config());
        battle.apply(new Start(start));
        List<BattleEvent> yielded = new ArrayList<>();
        for (long t = start; battle.phase() != Phase.ENDED; t += pollMillis) {
            for (List<BattleEvent> due = run.eventsUntil(t, battle.snapshot());
                    !due.isEmpty();
                    due = run.eventsUntil(t, battle.snapshot())) {
                for (BattleEvent event : due) {
                    yielded.add(event);
                    apply(battle, run, event);
                }
            }
            battle.apply(new Tick(t));
        }
        return yielded;
    }

    private static void apply(Battle battle, LiveRun run, BattleEvent event) {
        if (battle.apply(event) instanceof ApplyResult.Applied applied) {
            for (Change change : applied.changes()) {
                if (change instanceof Change.GiftCommitted commit) {
                    run.committed(commit);
                }
            }
        }
    }
}
