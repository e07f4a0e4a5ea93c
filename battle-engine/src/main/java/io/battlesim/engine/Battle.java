package io.battlesim.engine;

import io.battlesim.engine.event.ArmiesUpdated;
import io.battlesim.engine.event.AudienceRulesChanged;
import io.battlesim.engine.event.AudienceVote;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.BattleFinished;
import io.battlesim.engine.event.BattleStarted;
import io.battlesim.engine.event.CardUsed;
import io.battlesim.engine.event.End;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.MultiplierWindow;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Resume;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One battle: feed it events with {@link #apply(BattleEvent)}, read it with {@link #snapshot()}.
 *
 * <p>Deterministic: time comes only from the events, so the same events in the same order always give the same
 * state, and {@link #replay(BattleConfig, Iterable)} rebuilds a battle from its event log. Events are applied at
 * most once per event id. Not thread-safe: confine a battle to one thread (or one actor) at a time.
 *
 * <p>Only {@link Start}, {@link Tick}, {@link End} and TikTok's start and finish move the battle through its
 * phases; a gift's timestamp decides whether it counts (after the end it is late) but never ends the battle.
 * To rebuild a battle exactly, log every event that was not a {@link ApplyResult.Duplicate} (an ignored event
 * still claims its id). Ticks and resumes that were ignored change nothing and may be left out of the log.
 *
 * <p>Scores, coins, likes and supporters' totals saturate at {@link Long#MAX_VALUE} instead of wrapping (see
 * {@link io.battlesim.engine.scoring.Saturating}); sources are expected to bound what one event may be worth.
 */
public final class Battle {

    private final BattleState state;
    private final LiveDesk live;
    private final Clockwork clockwork;
    private final PowerUpDesk powerUps;
    private final AudienceDesk audience;
    private final MirrorDesk mirror;
    private final SnapshotAssembler assembler;
    private @Nullable BattleSnapshot cached;

    /** A scheduled battle; must not be null. */
    public Battle(BattleConfig config) {
        this.state = new BattleState(Objects.requireNonNull(config, "config must not be null"));
        this.powerUps = new PowerUpDesk(state);
        this.audience = new AudienceDesk(state, powerUps);
        Scoring scoring = new Scoring(state, audience);
        this.live = new LiveDesk(state, scoring);
        this.clockwork = new Clockwork(state, scoring);
        this.mirror = new MirrorDesk(state, clockwork, powerUps);
        this.assembler = new SnapshotAssembler(state, audience);
    }

    /** Rebuilds a battle by applying {@code events} in order to a new battle; neither may be null. */
    public static Battle replay(BattleConfig config, Iterable<? extends BattleEvent> events) {
        Objects.requireNonNull(events, "events must not be null");
        Battle battle = new Battle(config);
        for (BattleEvent event : events) {
            battle.apply(event);
        }
        return battle;
    }

    /** Applies one event; never null, never throws for domain reasons (see {@link ApplyResult}). */
    public ApplyResult apply(BattleEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        if (event instanceof GiftReceived gift) {
            return live.onGift(gift);
        }
        if (event instanceof LikeReceived like) {
            return live.onLike(like);
        }
        return switch (event) {
            case GiftReceived gift -> live.onGift(gift);
            case LikeReceived like -> live.onLike(like);
            case Start start -> clockwork.onStart(start);
            case Tick tick -> clockwork.onTick(tick);
            case End end -> clockwork.onEnd(end);
            case Resume resume -> clockwork.onResume(resume);
            case PowerUpTriggered trigger -> powerUps.onTrigger(trigger);
            case AudienceVote vote -> audience.onVote(vote);
            case AudienceRulesChanged change -> audience.onRulesChanged(change);
            case BattleStarted started -> mirror.onMirror(started);
            case ArmiesUpdated armies -> mirror.onMirror(armies);
            case MultiplierWindow window -> mirror.onMirror(window);
            case CardUsed card -> mirror.onMirror(card);
            case BattleFinished finished -> mirror.onMirror(finished);
        };
    }

    /** The battle as it stands, built on demand and cached until the next change; never null. */
    public BattleSnapshot snapshot() {
        BattleSnapshot snapshot = cached;
        if (snapshot == null || snapshot.version() != state.version || snapshot.now() != state.time.now) {
            snapshot = assembler.snapshot();
            cached = snapshot;
        }
        return snapshot;
    }

    /** The full statistics (every supporter, counters); built on each call, never null. */
    public BattleStatistics statistics() {
        return assembler.statistics();
    }

    /** Rises by one on every applied event. */
    public long version() {
        return state.version;
    }

    /** The current phase; never null. */
    public Phase phase() {
        return state.time.phase;
    }

    /** The battle's configuration; never null. */
    public BattleConfig config() {
        return state.config;
    }

    /** The first {@value BattleState#MAX_LATE_KEPT} events that came after the end, in arrival order; never null. */
    public List<BattleEvent> lateEvents() {
        return List.copyOf(state.lateEvents);
    }
}
