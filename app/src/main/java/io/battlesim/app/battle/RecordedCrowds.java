package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleEventLog;
import io.battlesim.app.battle.persistence.BattleRepository;
import io.battlesim.app.battle.persistence.BattleRow;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.BattleStarted;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.sim.CrowdModel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The audience of this app's own recorded battles, for simulations and tournaments: the average side's audience of
 * each of the last {@value #MAX_BATTLES} finished real battles that received gifts (practice battles and simulations
 * excluded), fitted by the engine from the battle's event log and pooled into one model. Fitting replays those logs,
 * so the result is kept for {@link #FRESH_FOR} and computed by one caller at a time.
 */
@Service
public class RecordedCrowds {

    /** How many of the newest real battles are fitted. */
    public static final int MAX_BATTLES = 50;

    /** How long a fitted model is reused before the logs are read again. */
    public static final Duration FRESH_FOR = Duration.ofMinutes(10);

    private static final int SCANNED = MAX_BATTLES * 4;

    private final BattleRepository repository;
    private final BattleEventLog log;
    private final Clock clock;
    private final ReentrantLock fitting = new ReentrantLock();
    private volatile @Nullable Timed cached;

    /**
     * A model and what it was fitted from.
     *
     * @param model the pooled audience (the typical one when {@code battles} is 0); never null
     * @param battles how many recorded battles it was fitted from
     */
    public record Fitted(CrowdModel model, int battles) {

        public Fitted {
            Objects.requireNonNull(model, "model must not be null");
        }
    }

    private record Timed(Fitted fitted, long at) {}

    @Autowired
    public RecordedCrowds(BattleRepository repository, BattleEventLog log) {
        this(repository, log, Clock.systemUTC());
    }

    RecordedCrowds(BattleRepository repository, BattleEventLog log, Clock clock) {
        this.repository = repository;
        this.log = log;
        this.clock = clock;
    }

    /** The audience of the recorded battles (refitted when older than {@link #FRESH_FOR}); never null. */
    public Fitted fitted() {
        Timed current = cached;
        if (current != null && clock.millis() - current.at() < FRESH_FOR.toMillis()) {
            return current.fitted();
        }
        fitting.lock();
        try {
            current = cached;
            if (current != null && clock.millis() - current.at() < FRESH_FOR.toMillis()) {
                return current.fitted();
            }
            Fitted fitted = fit();
            cached = new Timed(fitted, clock.millis());
            return fitted;
        } finally {
            fitting.unlock();
        }
    }

    /** Forgets the fitted model, so the next call reads the logs again (a test, or after deleting battles). */
    public void forget() {
        cached = null;
    }

    /** One side's audience for a crowd choice, or null for {@link CrowdKind#NONE}. */
    public @Nullable CrowdModel model(CrowdKind kind) {
        return switch (kind) {
            case NONE -> null;
            case TYPICAL -> CrowdModel.typical();
            case RECORDED -> fitted().model();
        };
    }

    private Fitted fit() {
        List<CrowdModel> audiences = new ArrayList<>();
        for (BattleRow row : repository.findByStatus(BattleStatus.ENDED, SCANNED)) {
            if (audiences.size() == MAX_BATTLES) {
                break;
            }
            if (row.setup().simulated()) {
                continue;
            }
            List<BattleEvent> events = giftsAndStart(row.id());
            if (events.stream().anyMatch(GiftReceived.class::isInstance)) {
                audiences.add(CrowdModel.fit(events, BattleConfigs.toConfig(row.id(), row.setup())));
            }
        }
        return audiences.isEmpty()
                ? new Fitted(CrowdModel.typical(), 0)
                : new Fitted(CrowdModel.pool(audiences), audiences.size());
    }

    /** The events a fit reads: the start and the gifts (a log holds far more, such as likes and joins). */
    private List<BattleEvent> giftsAndStart(String battleId) {
        List<BattleEvent> events = new ArrayList<>();
        log.readAll(battleId, entry -> {
            BattleEvent event = entry.event();
            if (event instanceof GiftReceived || event instanceof Start || event instanceof BattleStarted) {
                events.add(event);
            }
        });
        return events;
    }
}
