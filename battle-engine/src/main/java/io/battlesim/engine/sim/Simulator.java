package io.battlesim.engine.sim;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.Battle;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Plays simulated battles as fast as the machine allows: a real {@link Battle} is started at {@link #START_MILLIS}
 * and fed, step by step, the agents' and crowds' gift and booster events due before the next step, then a tick, so
 * scoring, streaks and boosters are the engine's own. At each step agents act first on what they see (after the
 * tick), then crowds draw the step's arrivals. Events still due after the end are dropped. Without an observer no
 * snapshot is built: agents see the battle through the changes it reports, so a five-minute battle takes well
 * under a millisecond. The same setup always gives the same events and the same result. Stateless and thread-safe;
 * each run is confined to the calling thread.
 */
public final class Simulator {

    /** Simulated battles start at this instant (2026-01-01T00:00:00Z), so their event times are reproducible. */
    public static final long START_MILLIS = 1_767_225_600_000L;

    /** Plays the battle; {@code setup} must not be null. */
    public SimulationResult run(SimulationSetup setup) {
        return play(Objects.requireNonNull(setup, "setup must not be null"), null);
    }

    /** Plays the battle, showing every step and event to {@code observer}; neither may be null. */
    public SimulationResult run(SimulationSetup setup, SimulationObserver observer) {
        return play(
                Objects.requireNonNull(setup, "setup must not be null"),
                Objects.requireNonNull(observer, "observer must not be null"));
    }

    private static SimulationResult play(SimulationSetup setup, @Nullable SimulationObserver observer) {
        Run run = new Run(setup, observer);
        run.feed(new Start(START_MILLIS));
        long stepMillis = setup.step().toMillis();
        for (long now = START_MILLIS; !run.board.ended(); now += stepMillis) {
            run.director.decide(now, run.board);
            long next = now + stepMillis;
            for (BattleEvent event = run.queue.pollBefore(next); event != null; event = run.queue.pollBefore(next)) {
                run.feed(event);
            }
            run.feed(new Tick(next));
            if (observer != null) {
                observer.onStep(run.battle.snapshot(), run.board.drainCommitted());
            }
        }
        return new SimulationResult(
                run.board.winner(), run.board.tie(), run.board.scores(), run.director.spentByAgent(), run.events);
    }

    /** One battle being played. */
    private static final class Run {
        final Battle battle;
        final Scoreboard board;
        final Director director;
        final EventQueue queue;
        final @Nullable SimulationObserver observer;
        long events;

        Run(SimulationSetup setup, @Nullable SimulationObserver observer) {
            this.battle = new Battle(setup.config());
            this.board = new Scoreboard(setup.config(), START_MILLIS, observer != null);
            this.director = new Director(setup, START_MILLIS);
            this.queue = director.queue();
            this.observer = observer;
        }

        void feed(BattleEvent event) {
            ApplyResult result = battle.apply(event);
            events++;
            board.absorb(result);
            if (observer != null) {
                observer.onEvent(event, result);
            }
        }
    }
}
