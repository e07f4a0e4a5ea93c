package io.battlesim.app.battle;

import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Change;
import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.sim.CrowdModel;
import io.battlesim.engine.sim.LiveRun;
import io.battlesim.engine.sim.Seat;
import io.battlesim.engine.sim.SimulationSetup;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plays the agents (and simulated crowds) of every practice battle and simulation while it runs, at 1x: every
 * {@value #PERIOD_MILLIS} ms it submits their due gifts and boosters through the battle's writer and feeds the battle's
 * new commits back to the agents. A battle resumed after a restart gets fresh agents from the moment it resumed.
 */
@Component
class AgentDriver {

    static final long PERIOD_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(AgentDriver.class);
    private static final int MAX_ROUNDS = 100;

    private final RunningBattles running;
    private final BattleManagement battles;
    private final RecordedCrowds crowds;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("agent-driver").daemon().factory());
    private final Map<String, ScheduledFuture<?>> drives = new ConcurrentHashMap<>();

    AgentDriver(RunningBattles running, BattleManagement battles, BattleRuntime runtime, RecordedCrowds crowds) {
        this.running = running;
        this.battles = battles;
        this.crowds = crowds;
        this.clock = runtime.clock();
    }

    @EventListener
    void on(BattleStarted started) {
        drive(started.battleId());
    }

    @EventListener
    void on(BattleResumed resumed) {
        drive(resumed.battleId());
    }

    @EventListener
    void on(BattleFinished finished) {
        stop(finished.battleId());
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }

    private void drive(String battleId) {
        RunningBattle battle = running.get(battleId);
        if (battle == null || !battle.row().setup().simulated()) {
            return;
        }
        BattleSnapshot snapshot = battle.snapshot();
        Long startedAt = snapshot.startedAt();
        long now = clock.millis();
        // a resumed battle's agents start afresh now rather than replaying the steps they missed
        long from = startedAt == null || now - startedAt > PERIOD_MILLIS * 4 ? now : startedAt;
        var drive = new Drive(battle, new LiveRun(setupOf(battle), from));
        drives.computeIfAbsent(
                battleId, id -> scheduler.scheduleWithFixedDelay(drive::step, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS));
    }

    /** Who plays: a practice battle's agent on its last side, or a simulation's agents and crowds. */
    private SimulationSetup setupOf(RunningBattle battle) {
        BattleSetup setup = battle.row().setup();
        Practice practice = setup.practice();
        if (practice != null) {
            var agent = new AgentSpec("ai", practice.agentName(), practice.strategy(), practice.budget(), Map.of());
            int side = battle.config().sides().size() - 1;
            return new SimulationSetup(battle.config(), List.of(new Seat(agent, side)), Map.of(), practice.seed());
        }
        Simulation simulation = Objects.requireNonNull(setup.simulation(), "simulation");
        CrowdModel crowd = crowds.model(simulation.crowd());
        List<Seat> seats = new ArrayList<>();
        Map<Integer, CrowdModel> audiences = new HashMap<>();
        for (int i = 0; i < simulation.sides().size(); i++) {
            Simulation.SimulatedSide side = simulation.sides().get(i);
            if (side.strategy() != null) {
                seats.add(new Seat(
                        new AgentSpec("ai-" + (i + 1), side.label(), side.strategy(), side.budget(), Map.of()), i));
            }
            if (crowd != null) {
                audiences.put(i, crowd);
            }
        }
        return new SimulationSetup(battle.config(), seats, audiences, simulation.seed());
    }

    private void stop(String battleId) {
        ScheduledFuture<?> drive = drives.remove(battleId);
        if (drive != null) {
            drive.cancel(false);
        }
    }

    /** One battle's agents and crowds; touched by the scheduler's thread only. */
    private final class Drive {

        private final RunningBattle battle;
        private final LiveRun run;
        private long seen;
        private boolean failed;

        Drive(RunningBattle battle, LiveRun run) {
            this.battle = battle;
            this.run = run;
        }

        void step() {
            try {
                if (battle.closed() || !battle.snapshot().phase().running()) {
                    stop(battle.id());
                    return;
                }
                for (int round = 0; round < MAX_ROUNDS; round++) {
                    feedCommits();
                    List<BattleEvent> due = run.eventsUntil(clock.millis(), battle.snapshot());
                    if (due.isEmpty()) {
                        return;
                    }
                    List<CompletableFuture<Admission>> admissions = battles.submitAll(battle.id(), due);
                    CompletableFuture.allOf(admissions.toArray(CompletableFuture[]::new))
                            .get(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                if (!failed) {
                    failed = true;
                    log.warn("The agents of battle {} could not play a step", battle.id(), e);
                }
            }
        }

        private void feedCommits() {
            CommitWindow.Since since = battle.commitsSince(seen);
            for (Change.GiftCommitted gift : since.commits()) {
                run.committed(gift);
            }
            seen = since.total();
        }
    }
}
