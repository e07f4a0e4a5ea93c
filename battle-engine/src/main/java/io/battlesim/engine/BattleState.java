package io.battlesim.engine;

import io.battlesim.engine.dedupe.SeenIds;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.gift.StreakTracker;
import io.battlesim.engine.powerup.PowerUpLedger;
import io.battlesim.engine.powerup.RejectReason;
import io.battlesim.engine.scoring.LeadTracker;
import io.battlesim.engine.scoring.Snipes;
import java.util.ArrayList;
import java.util.List;

/** Everything a battle remembers, shared by the desks that handle each kind of event. */
final class BattleState {

    /** Late events kept for inspection; later ones are only counted. */
    static final int MAX_LATE_KEPT = 10_000;

    private static final ApplyResult DUPLICATE = new ApplyResult.Duplicate();
    private static final ApplyResult LATE = new ApplyResult.Late();
    private static final ApplyResult[] IGNORED = new ApplyResult[IgnoreReason.values().length];
    private static final ApplyResult[] REJECTED = new ApplyResult[RejectReason.values().length];

    static {
        for (IgnoreReason reason : IgnoreReason.values()) {
            IGNORED[reason.ordinal()] = new ApplyResult.Ignored(reason);
        }
        for (RejectReason reason : RejectReason.values()) {
            REJECTED[reason.ordinal()] = new ApplyResult.Rejected(reason);
        }
    }

    final BattleConfig config;
    final Sides sides;
    final SideState[] side;
    final BattleTime time;
    final StreakTracker streaks;
    final SeenIds seen = new SeenIds(4096);
    final LeadTracker lead;
    final Snipes snipes = new Snipes();
    final long snipeWindowMillis;
    final PowerUpLedger powerUps;
    final ChangeLog changes = new ChangeLog();
    final List<BattleEvent> lateEvents = new ArrayList<>();
    final int countedGiftId;
    final boolean countsOneGift;
    private final long[] scratchScores;

    long version;
    boolean mirrored;
    boolean mirrorScores;
    long lastArmiesAt = Long.MIN_VALUE;
    long duplicates;
    long ignored;
    long late;
    long rejected;
    long inferredCommits;

    BattleState(BattleConfig config) {
        this.config = config;
        this.sides = new Sides(config.sides());
        this.side = new SideState[config.sides().size()];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < side.length; i++) {
            side[i] = new SideState(config.side(i).id());
            ids.add(config.side(i).id());
        }
        this.time = new BattleTime(config.duration().toMillis());
        this.streaks = new StreakTracker(config.streakTimeout().toMillis());
        this.snipeWindowMillis = config.snipeWindow().toMillis();
        this.lead = new LeadTracker(ids);
        this.powerUps = new PowerUpLedger(config.powerUps(), side.length);
        Integer counted = config.countedGiftId();
        this.countsOneGift = counted != null;
        this.countedGiftId = counted == null ? 0 : counted;
        this.scratchScores = new long[side.length];
    }

    ApplyResult applied(long at) {
        time.observe(at);
        version++;
        return new ApplyResult.Applied(version, changes.drain());
    }

    ApplyResult duplicate() {
        duplicates++;
        return DUPLICATE;
    }

    ApplyResult ignored(IgnoreReason reason) {
        ignored++;
        return IGNORED[reason.ordinal()];
    }

    ApplyResult rejected(RejectReason reason) {
        rejected++;
        return REJECTED[reason.ordinal()];
    }

    ApplyResult late(BattleEvent event) {
        late++;
        if (lateEvents.size() < MAX_LATE_KEPT) {
            lateEvents.add(event);
        }
        return LATE;
    }

    String sideId(int index) {
        return side[index].id;
    }

    long displayedScore(int index) {
        return mirrorScores ? side[index].tiktokScore : side[index].ownScore;
    }

    /** The displayed scores in a reused array: read it before the next call. */
    long[] displayedScores() {
        for (int i = 0; i < side.length; i++) {
            scratchScores[i] = displayedScore(i);
        }
        return scratchScores;
    }

    /** The side strictly ahead of every other on displayed scores, or -1 when two or more share the top. */
    int soleLeader() {
        long[] scores = displayedScores();
        int best = 0;
        boolean shared = false;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
                shared = false;
            } else if (scores[i] == scores[best]) {
                shared = true;
            }
        }
        return shared ? -1 : best;
    }

    /** Records the effect state now in force as announced (after a change that described it). */
    void markEffectsAnnounced() {
        for (SideState s : side) {
            s.announcedEffects = s.effectState(time.now);
        }
    }
}
