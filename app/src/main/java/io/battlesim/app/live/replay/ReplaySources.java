package io.battlesim.app.live.replay;

import io.battlesim.app.battle.BattleFinished;
import io.battlesim.app.battle.BattleManagement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Running replays, at most one per battle, each on its own virtual thread; stopped when the battle finishes. */
@Component
class ReplaySources {

    private final BattleManagement battles;
    private final Clock clock;
    private final Map<String, ReplayRun> runs = new ConcurrentHashMap<>();

    ReplaySources(BattleManagement battles, ObjectProvider<Clock> clock) {
        this.battles = battles;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Starts replaying {@code events} into the battle; empty when a replay of it is still running. */
    Optional<ReplayRun> start(String battleId, List<ReplayFile.Recorded> events, double speed) {
        ReplayRun run = new ReplayRun(battleId, events, speed, battles::submitAll, clock);
        ReplayRun current = runs.compute(battleId, (id, running) -> running == null || running.done() ? run : running);
        if (current != run) {
            return Optional.empty();
        }
        Thread.ofVirtual().name("replay-" + battleId).start(run);
        return Optional.of(run);
    }

    /** The battle's latest replay, running or done. */
    Optional<ReplayRun> find(String battleId) {
        return Optional.ofNullable(runs.get(battleId));
    }

    @EventListener
    void on(BattleFinished finished) {
        ReplayRun run = runs.remove(finished.battleId());
        if (run != null) {
            run.cancel();
        }
    }
}
