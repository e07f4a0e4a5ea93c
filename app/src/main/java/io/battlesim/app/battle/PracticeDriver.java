package io.battlesim.app.battle;

import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Change;
import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.sim.LiveRun;
import io.battlesim.engine.sim.Seat;
import io.battlesim.engine.sim.SimulationSetup;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
 * Plays the agent's side of every practice battle while it runs: every {@value #PERIOD_MILLIS} ms it submits the
 * agent's due gifts and boosters and feeds the battle's new commits back to the agent. A battle resumed after a
 * restart gets a fresh agent from the moment it resumed.
 */
@Component
class PracticeDriver {

    static final long PERIOD_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(PracticeDriver.class);
    private static final int MAX_ROUNDS = 100;

    private final RunningBattles running;
    private final BattleManagement battles;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("practice-driver").daemon().factory());
    private final Map<String, ScheduledFuture<?>> drives = new ConcurrentHashMap<>();

    PracticeDriver(RunningBattles running, BattleManagement battles, BattleRuntime runtime) {
        this.running = running;
        this.battles = battles;
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
        if (battle == null) {
            return;
        }
        Practice practice = battle.row().setup().practice();
        if (practice == null) {
            return;
        }
        BattleSnapshot snapshot = battle.snapshot();
        Long startedAt = snapshot.startedAt();
        long now = clock.millis();
        // a resumed battle's agent starts afresh now rather than replaying the steps it missed
        long from = startedAt == null || now - startedAt > PERIOD_MILLIS * 4 ? now : startedAt;
        var agent = new AgentSpec("ai", practice.agentName(), practice.strategy(), practice.budget(), Map.of());
        int side = battle.config().sides().size() - 1;
        var setup = new SimulationSetup(battle.config(), List.of(new Seat(agent, side)), Map.of(), practice.seed());
        var drive = new Drive(battle, new LiveRun(setup, from));
        drives.computeIfAbsent(
                battleId, id -> scheduler.scheduleWithFixedDelay(drive::step, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS));
    }

    private void stop(String battleId) {
        ScheduledFuture<?> drive = drives.remove(battleId);
        if (drive != null) {
            drive.cancel(false);
        }
    }

    /** One practice battle's agent; touched by the scheduler's thread only. */
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
                    log.warn("The practice agent of battle {} could not play a step", battle.id(), e);
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
