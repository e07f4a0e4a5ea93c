package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleEventLog;
import io.battlesim.app.battle.persistence.BattleRepository;
import io.battlesim.app.battle.persistence.BattleRow;
import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.BattleStatistics;
import io.battlesim.engine.Change;
import io.battlesim.engine.event.BattleEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Reads a battle back from its event log, for other modules that derive figures from how it went: the log is
 * replayed into a fresh engine, exactly as a restart rebuilds a battle, and every event that changed the battle is
 * handed out with its changes, in log order. A running battle is replayed as far as its log goes.
 */
@Service
public class BattleHistory {

    private final BattleRepository repository;
    private final BattleEventLog log;

    BattleHistory(BattleRepository repository, BattleEventLog log) {
        this.repository = repository;
        this.log = log;
    }

    /**
     * Opens a battle's log for replaying.
     *
     * @param battleId the battle; never null
     * @return what the battle was set up with and a way to replay it, or empty for an unknown battle
     */
    public Optional<Replay> open(String battleId) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        return repository
                .find(battleId)
                .map(row -> new Replay(row, BattleConfigs.toConfig(row.id(), row.setup()), log));
    }

    /** A battle's log, ready to be replayed (as often as needed, each time from its first event). */
    public static final class Replay {

        private final BattleRow row;
        private final BattleConfig config;
        private final BattleEventLog log;

        Replay(BattleRow row, BattleConfig config, BattleEventLog log) {
            this.row = row;
            this.config = config;
            this.log = log;
        }

        /** The battle's id. */
        public String battleId() {
            return row.id();
        }

        /** Its stored status when it was opened (a LIVE battle is replayed as far as its log goes). */
        public BattleStatus status() {
            return row.status();
        }

        /** What it was created from. */
        public BattleSetup setup() {
            return row.setup();
        }

        /** The engine configuration it runs with (side ids, rules, snipe window). */
        public BattleConfig config() {
            return config;
        }

        /**
         * Replays the log into a fresh engine, handing every applied event to {@code steps} as it goes (streamed:
         * the log is never held in memory).
         *
         * @param steps called once per applied event, in log order, on the calling thread; never null
         * @return the replayed battle's statistics (its snapshot and every supporter)
         */
        public BattleStatistics run(Consumer<Step> steps) {
            Objects.requireNonNull(steps, "steps must not be null");
            Battle battle = new Battle(config);
            log.readAll(row.id(), entry -> {
                if (battle.apply(entry.event()) instanceof ApplyResult.Applied applied) {
                    steps.accept(new Step(entry.seq(), entry.event(), applied.changes(), battle));
                }
            });
            return battle.statistics();
        }
    }

    /**
     * One applied event of a replay. Valid only during the call that hands it out: {@link #snapshot()} shows the
     * battle as it is right after this event.
     */
    public static final class Step {

        private final long seq;
        private final BattleEvent event;
        private final List<Change> changes;
        private final Battle battle;

        Step(long seq, BattleEvent event, List<Change> changes, Battle battle) {
            this.seq = seq;
            this.event = event;
            this.changes = changes;
            this.battle = battle;
        }

        /** Its position in the battle's log, from 1. */
        public long seq() {
            return seq;
        }

        /** The event; its timestamp is the battle's time. */
        public BattleEvent event() {
            return event;
        }

        /** What it changed, in order; never null. */
        public List<Change> changes() {
            return changes;
        }

        /** The battle right after this event (built on demand: call it only for the events that need it). */
        public BattleSnapshot snapshot() {
            return battle.snapshot();
        }
    }
}
