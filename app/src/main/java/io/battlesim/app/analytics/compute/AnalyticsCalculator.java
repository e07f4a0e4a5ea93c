package io.battlesim.app.analytics.compute;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.BattleStatistics;
import io.battlesim.engine.Change;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.scoring.Gifter;
import io.battlesim.engine.scoring.Saturating;
import io.battlesim.engine.scoring.SnipeRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Computes a battle's analytics from its replayed changes ({@link #apply}, event by event, in log order), then
 * {@link #finish} with the replayed battle's statistics. Memory stays bounded however long the battle: every list is
 * capped, the score series is thinned as it grows.
 */
public final class AnalyticsCalculator {

    /** Lead changes and snipes listed at most (the latest). */
    public static final int MAX_LISTED = 1_000;

    static final int TOP_GIFTERS = 10;

    private final String battleId;
    private final String title;
    private final BattleConfig config;
    private final List<SideInput> sides;
    private final Map<String, Integer> index = new HashMap<>();
    private final long[] own;
    private final long[] mirror;
    private final ScoreSeries series = new ScoreSeries();
    private final GiftTally gifts = new GiftTally();
    private final BoosterLedger boosters;
    private final Endings endings;
    private final ReplayLog replay = new ReplayLog();
    private final ArrayDeque<BattleAnalytics.LeadChange> leads = new ArrayDeque<>();
    private final ArrayDeque<BattleAnalytics.Snipe> snipes = new ArrayDeque<>();
    private boolean started;
    private boolean mirrored;
    private long origin;
    private long endsAt = Long.MAX_VALUE;
    private long latest = Long.MIN_VALUE;
    private int leadCount;
    private int snipeCount;
    private long giftCount;
    private long coinCount;
    private boolean lastRiseTookLeadBySnipe;

    /**
     * A calculator for one battle.
     *
     * @param sides the battle's sides in configuration order, with the engine's side ids
     */
    public AnalyticsCalculator(String battleId, String title, BattleConfig config, List<SideInput> sides) {
        this.battleId = Objects.requireNonNull(battleId, "battleId must not be null");
        this.title = Objects.requireNonNull(title, "title must not be null");
        this.config = Objects.requireNonNull(config, "config must not be null");
        this.sides = List.copyOf(sides);
        for (int i = 0; i < this.sides.size(); i++) {
            index.put(this.sides.get(i).id(), i);
        }
        this.own = new long[this.sides.size()];
        this.mirror = new long[this.sides.size()];
        this.boosters = new BoosterLedger(this.sides.stream().map(SideInput::id).toList());
        this.endings = new Endings(this.sides.size());
    }

    /** Takes in one applied event: what it changed, and the battle right after it (asked for rarely). */
    public void apply(BattleEvent event, List<Change> changes, Supplier<BattleSnapshot> snapshot) {
        long at = event.timestamp();
        latest = Math.max(latest, at);
        for (Change change : changes) {
            switch (change) {
                case Change.PhaseChanged phase -> onPhase(phase, snapshot);
                case Change.TimerChanged timer -> onTimer(timer, at);
                case Change.GiftCommitted gift -> onGift(gift);
                case Change.LikesAdded likes -> onLikes(likes, at);
                case Change.LeadTaken lead -> onLead(lead);
                case Change.MirrorScoresUpdated scores -> onMirror(scores, at);
                case Change.PowerUpActivated power ->
                    boosters.activated(power.kind(), side(power.sideId()), power.by(), power.actorId(), power.at());
                case Change.EffectOpened effect -> onEffect(effect);
                default -> {
                    // streak progress and effect states show nothing here; the result is read at the end
                }
            }
        }
        boosters.settle();
    }

    /** The analytics, from the replayed battle's final statistics. */
    public Computed finish(BattleStatistics statistics) {
        BattleSnapshot snapshot = statistics.snapshot();
        Long endedAt = snapshot.endedAt();
        long end = endedAt != null ? endedAt : Math.max(latest, origin);
        if (started) {
            endings.scoresHeldUntil(end, endsAt, displayed());
            series.add(end - origin, displayed(), false);
        }
        int winner = snapshot.winner() == null ? -1 : side(snapshot.winner());
        long finalEnd = endsAt == Long.MAX_VALUE ? origin + config.duration().toMillis() : endsAt;
        var analytics = new BattleAnalytics(
                BattleAnalytics.FORMAT,
                battleId,
                title,
                switch (snapshot.phase()) {
                    case SCHEDULED -> "SCHEDULED";
                    case ENDED -> "ENDED";
                    default -> "LIVE";
                },
                started ? origin : null,
                endedAt,
                started ? finalEnd - origin : config.duration().toMillis(),
                started ? Math.max(0, end - origin) : 0,
                sides(snapshot),
                snapshot.winner(),
                snapshot.tie(),
                giftCount,
                coinCount,
                series.points().stream()
                        .map(p -> new BattleAnalytics.ScorePoint(p.at(), boxed(p.scores()), p.leadChange()))
                        .toList(),
                Math.max(0, leadCount - 1),
                List.copyOf(leads),
                gifts.types(),
                gifts.bands(),
                topGifters(statistics),
                new BattleAnalytics.SnipeRuleInfo(config.snipeWindow().toSeconds(), config.snipeMinPoints()),
                snipeCount,
                List.copyOf(snipes),
                boosters.boosters(origin, end),
                replay.replay());
        List<CreatorSlice> creators =
                endedAt == null ? List.of() : CreatorSlices.of(analytics, sides, gifts, endings, winner);
        return new Computed(analytics, creators);
    }

    private void onPhase(Change.PhaseChanged phase, Supplier<BattleSnapshot> snapshot) {
        if (phase.phase() != io.battlesim.engine.Phase.LIVE || started) {
            return;
        }
        started = true;
        origin = phase.at();
        Long ends = snapshot.get().endsAt();
        endsAt = ends == null ? Saturating.add(origin, config.duration().toMillis()) : ends;
        series.add(0, displayed(), false);
        replay.timer(new BattleAnalytics.TimerChange(0, endsAt - origin));
    }

    private void onTimer(Change.TimerChanged timer, long at) {
        if (!started) {
            started = true;
            origin = timer.startedAt();
        }
        long before = endsAt;
        endsAt = timer.endsAt();
        if (before != Long.MAX_VALUE && endsAt > before) {
            boosters.timerExtended(endsAt - before);
        }
        replay.timer(new BattleAnalytics.TimerChange(Math.max(0, at - origin), endsAt - origin));
    }

    private void onGift(Change.GiftCommitted gift) {
        int side = side(gift.sideId());
        long[] before = displayed();
        endings.scoresHeldUntil(gift.at(), endsAt, before);
        SnipeRule.Outcome outcome = SnipeRule.snipe(
                gift.at(),
                endsAt,
                config.snipeWindow().toMillis(),
                config.snipeMinPoints(),
                before,
                side,
                gift.points());
        own[side] = Saturating.add(own[side], gift.points());
        giftCount++;
        coinCount = Saturating.add(coinCount, gift.coins());
        gifts.add(
                gift.roomId(),
                new GiftTally.Type(gift.gift().id(), gift.gift().name()),
                gift.count(),
                gift.coins(),
                gift.at());
        boosters.scored(gift.at(), side, gift.points(), gift.coins());
        if (outcome.isSnipe()) {
            snipe(gift, outcome, before);
        }
        replay.gift(new BattleAnalytics.ReplayGift(
                gift.at() - origin,
                gift.sideId(),
                gift.sender().nickname(),
                gift.gift().name(),
                gift.count(),
                gift.coins(),
                outcome.isSnipe()));
        lastRiseTookLeadBySnipe = outcome == SnipeRule.Outcome.TOOK_LEAD;
        series.add(gift.at() - origin, displayed(), false);
    }

    private void snipe(Change.GiftCommitted gift, SnipeRule.Outcome outcome, long[] before) {
        snipeCount++;
        snipes.addLast(new BattleAnalytics.Snipe(
                gift.at() - origin,
                Math.max(0, endsAt - gift.at()),
                gift.sideId(),
                gift.sender().uniqueId(),
                gift.sender().nickname(),
                gift.gift().name(),
                gift.count(),
                gift.coins(),
                gift.points(),
                outcome.name(),
                boxed(before),
                boxed(displayed())));
        if (snipes.size() > MAX_LISTED) {
            snipes.removeFirst();
        }
    }

    private void onLikes(Change.LikesAdded likes, long at) {
        if (likes.points() == 0) {
            return;
        }
        int side = side(likes.sideId());
        endings.scoresHeldUntil(at, endsAt, displayed());
        own[side] = Saturating.add(own[side], likes.points());
        boosters.scored(at, side, likes.points(), 0);
        lastRiseTookLeadBySnipe = false;
        series.add(at - origin, displayed(), false);
    }

    private void onLead(Change.LeadTaken lead) {
        leadCount++;
        leads.addLast(new BattleAnalytics.LeadChange(lead.at() - origin, lead.sideId(), boxed(displayed())));
        if (leads.size() > MAX_LISTED) {
            leads.removeFirst();
        }
        endings.leadTaken(side(lead.sideId()), lastRiseTookLeadBySnipe);
        series.markLeadChange();
    }

    private void onMirror(Change.MirrorScoresUpdated scores, long at) {
        endings.scoresHeldUntil(at, endsAt, displayed());
        mirrored = true;
        scores.scoresBySide().forEach((sideId, score) -> {
            Integer i = index.get(sideId);
            if (i != null) {
                mirror[i] = score;
            }
        });
        series.add(at - origin, displayed(), false);
    }

    private void onEffect(Change.EffectOpened effect) {
        boosters.windowOpened(effect.from(), effect.until());
        replay.effect(new BattleAnalytics.EffectWindow(
                effect.sideId(),
                effect.effect().name(),
                effect.from() - origin,
                Saturating.add(effect.until(), -origin),
                effect.factor()));
    }

    private List<BattleAnalytics.Side> sides(BattleSnapshot snapshot) {
        List<BattleAnalytics.Side> list = new ArrayList<>(sides.size());
        for (SideInput input : sides) {
            BattleSnapshot.Side side = snapshot.side(input.id());
            list.add(new BattleAnalytics.Side(
                    input.id(),
                    input.label(),
                    input.rooms().stream().map(Room::creator).toList(),
                    side == null ? 0 : side.score(),
                    side == null ? 0 : side.coins(),
                    side == null ? 0 : side.gifts()));
        }
        return list;
    }

    private List<BattleAnalytics.SideGifters> topGifters(BattleStatistics statistics) {
        List<BattleAnalytics.SideGifters> list = new ArrayList<>(sides.size());
        for (SideInput input : sides) {
            List<Gifter> all = statistics.giftersBySide().getOrDefault(input.id(), List.of());
            list.add(new BattleAnalytics.SideGifters(
                    input.id(),
                    all.stream()
                            .filter(gifter -> gifter.coins() > 0 || gifter.points() > 0)
                            .limit(TOP_GIFTERS)
                            .map(g -> new BattleAnalytics.Gifter(
                                    g.userId(), g.uniqueId(), g.nickname(), g.coins(), g.points(), g.gifts()))
                            .toList()));
        }
        return list;
    }

    private long[] displayed() {
        return (mirrored ? mirror : own).clone();
    }

    private int side(String sideId) {
        Integer i = index.get(sideId);
        if (i == null) {
            throw new IllegalStateException("side " + sideId + " is not one of " + index.keySet());
        }
        return i;
    }

    static List<Long> boxed(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long value : values) {
            list.add(value);
        }
        return List.copyOf(list);
    }

    /** A side as set up, with the engine's side id and the LIVE rooms of its creators. */
    public record SideInput(String id, String label, List<Room> rooms) {

        public SideInput {
            rooms = List.copyOf(rooms);
        }
    }

    /** A creator's LIVE room. */
    public record Room(String creator, String roomId) {}

    /** A battle's analytics and, once it ended, each creator's part for the creator analytics. */
    public record Computed(BattleAnalytics analytics, List<CreatorSlice> creators) {}
}
