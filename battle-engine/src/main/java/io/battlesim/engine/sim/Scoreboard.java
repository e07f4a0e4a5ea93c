package io.battlesim.engine.sim;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.Change;
import io.battlesim.engine.Phase;
import io.battlesim.engine.agent.GiftFeed;
import io.battlesim.engine.agent.Observation;
import io.battlesim.engine.agent.Observation.FeedItem;
import io.battlesim.engine.agent.Observation.SideSeen;
import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.powerup.EffectWindows;
import io.battlesim.engine.scoring.Saturating;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What viewers can see of a fast-run battle, kept from the changes the battle reports (scores, effect windows, the
 * timer, the gift feed, the result) so that agents can be shown an {@link Observation} every step without building
 * a snapshot. It reads the same facts a snapshot shows, so a 1x run built from snapshots sees the same thing.
 */
final class Scoreboard implements Sight {

    private final String[] sideIds;
    private final long[] scores;
    private final EffectWindows[] windows;
    private final long[] mistFrom;
    private final Viewer[] viewers;
    private final long startedAt;
    private final GiftFeed feed = new GiftFeed();
    private final List<Change.GiftCommitted> committed = new ArrayList<>();
    private final boolean keepCommits;
    private Phase phase = Phase.SCHEDULED;
    private long endsAt;
    private @Nullable String winner;
    private boolean tie;

    /** A scoreboard for a battle starting at {@code startedAt}, keeping each step's commits when asked to. */
    Scoreboard(BattleConfig config, long startedAt, boolean keepCommits) {
        this.keepCommits = keepCommits;
        int sides = config.sides().size();
        this.sideIds = new String[sides];
        this.scores = new long[sides];
        this.windows = new EffectWindows[sides];
        this.mistFrom = new long[sides];
        this.viewers = new Viewer[sides];
        for (int i = 0; i < sides; i++) {
            viewers[i] = new Viewer(sides);
            sideIds[i] = config.side(i).id();
            windows[i] = new EffectWindows();
        }
        this.startedAt = startedAt;
        this.endsAt = startedAt + config.duration().toMillis();
    }

    /** Takes in what an applied event changed. */
    void absorb(ApplyResult result) {
        if (!(result instanceof ApplyResult.Applied applied)) {
            return;
        }
        for (Change change : applied.changes()) {
            switch (change) {
                case Change.GiftCommitted gift -> commit(gift);
                case Change.LikesAdded likes -> add(index(likes.sideId()), likes.points());
                case Change.EffectOpened opened ->
                    windows[index(opened.sideId())].open(
                            opened.effect(), opened.from(), opened.until(), opened.factor());
                case Change.TimerChanged timer -> endsAt = timer.endsAt();
                case Change.PhaseChanged moved -> phase = moved.phase();
                case Change.BattleDecided decided -> decide(decided);
                default -> {}
            }
        }
    }

    /**
     * Builds what a supporter of {@code side} sees. Sides are described anew only when what shows of them changed,
     * and the feed list is shared until a gift arrives, so a quiet step allocates little more than the observation.
     */
    @Override
    public Observation observe(int side, long at) {
        List<SideSeen> seen = sideList(side, at);
        long remaining = Math.max(0, endsAt - at);
        Phase now = phase.running() && remaining == 0 ? Phase.ENDED : phase;
        List<FeedItem> items = feed.before(at);
        for (int i = 0; i < sideIds.length; i++) {
            if (i != side && mistFrom[i] != Long.MAX_VALUE) {
                items = Observation.withoutGiftsSince(items, sideIds[i], mistFrom[i]);
            }
        }
        return new Observation(at, remaining, now, seen, side, items, Math.max(0, at - startedAt));
    }

    /** Every side as {@code viewer}'s supporters see it at {@code at}; the previous list while nothing changed. */
    private List<SideSeen> sideList(int viewer, long at) {
        Viewer cache = viewers[viewer];
        boolean changed = false;
        for (int i = 0; i < sideIds.length; i++) {
            EffectWindows effects = windows[i];
            boolean hidden = effects.active(Effect.MIST, at);
            mistFrom[i] = hidden ? effects.from(Effect.MIST) : Long.MAX_VALUE;
            boolean masked = hidden && i != viewer;
            int multiplier = effects.multiplier(at);
            boolean frozen = effects.active(Effect.FREEZE, at);
            SideSeen last = cache.sides[i];
            if (last == null || !shows(last, masked, scores[i], multiplier, frozen, hidden)) {
                cache.sides[i] = new SideSeen(sideIds[i], masked ? null : scores[i], multiplier, frozen, hidden);
                changed = true;
            }
        }
        if (changed) {
            cache.list = List.of(cache.sides);
        }
        return cache.list;
    }

    private static boolean shows(
            SideSeen seen, boolean masked, long score, int multiplier, boolean frozen, boolean hidden) {
        Long shown = seen.score();
        boolean sameScore = shown == null ? masked : !masked && shown == score;
        return sameScore && seen.multiplier() == multiplier && seen.frozen() == frozen && seen.hidden() == hidden;
    }

    /** What one side's supporters were last shown of every side. */
    private static final class Viewer {
        final @Nullable SideSeen[] sides;
        List<SideSeen> list = List.of();

        Viewer(int sideCount) {
            sides = new SideSeen[sideCount];
        }
    }

    /** The gifts committed since the last call, in order (cleared by the call). */
    List<Change.GiftCommitted> drainCommitted() {
        List<Change.GiftCommitted> drained = List.copyOf(committed);
        committed.clear();
        return drained;
    }

    boolean ended() {
        return phase == Phase.ENDED;
    }

    @Nullable
    String winner() {
        return winner;
    }

    boolean tie() {
        return tie;
    }

    long[] scores() {
        return scores.clone();
    }

    private void commit(Change.GiftCommitted gift) {
        int side = index(gift.sideId());
        add(side, gift.points());
        feed.add(new FeedItem(gift.sideId(), gift.coins(), gift.at()));
        if (keepCommits) {
            committed.add(gift);
        }
    }

    private void add(int side, long points) {
        scores[side] = Saturating.add(scores[side], points);
    }

    private void decide(Change.BattleDecided decided) {
        winner = decided.winnerSideId();
        tie = decided.tie();
        for (int i = 0; i < sideIds.length; i++) {
            Long score = decided.scores().get(sideIds[i]);
            if (score != null) {
                scores[i] = score;
            }
        }
    }

    private int index(String sideId) {
        for (int i = 0; i < sideIds.length; i++) {
            if (sideIds[i].equals(sideId)) {
                return i;
            }
        }
        throw new IllegalStateException("the battle reported an unknown side " + sideId);
    }
}
