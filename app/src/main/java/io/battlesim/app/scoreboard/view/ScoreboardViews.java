package io.battlesim.app.scoreboard.view;

import io.battlesim.app.audience.AudienceView;
import io.battlesim.app.battle.BattleUpdate.GiftAlert;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.BattleSnapshot.ActiveEffect;
import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.scoring.Gifter;
import io.battlesim.engine.scoring.Snipe;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Makes the compact views clients get from the engine's snapshots and the battle's gift alerts. */
public final class ScoreboardViews {

    /** Supporters listed per side. */
    static final int TOP_GIFTERS = 3;

    /** Snipes listed (the latest). */
    static final int SNIPES = 5;

    private ScoreboardViews() {}

    /**
     * The scoreboard view of a snapshot.
     *
     * @param snapshot the engine's state; never null
     * @param durationMillis the configured round length
     * @param serverNow the server's clock now, epoch ms
     */
    public static ScoreboardView scoreboard(BattleSnapshot snapshot, long durationMillis, long serverNow) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        long now = snapshot.now();
        List<ScoreboardView.SideView> sides =
                snapshot.sides().stream().map(side -> side(side, now)).toList();
        List<Snipe> snipes = snapshot.snipes();
        List<ScoreboardView.SnipeView> latestSnipes =
                snipes.subList(Math.max(0, snipes.size() - SNIPES), snipes.size()).stream()
                        .map(snipe -> new ScoreboardView.SnipeView(
                                snipe.sideId(), snipe.nickname(), snipe.giftName(), snipe.coins(), snipe.at()))
                        .toList();
        return new ScoreboardView(
                snapshot.battleId(),
                snapshot.version(),
                snapshot.phase().name(),
                new ScoreboardView.Timer(
                        snapshot.startedAt(), snapshot.endsAt(), snapshot.remainingMillis(), durationMillis, serverNow),
                sides,
                snapshot.leader(),
                snapshot.leadChanges(),
                snapshot.winner(),
                snapshot.tie(),
                latestSnipes,
                snapshot.pendingStreaks().size(),
                AudienceView.of(snapshot.audience()));
    }

    /** The feed view of a gift alert. */
    public static GiftView gift(GiftAlert alert) {
        Objects.requireNonNull(alert, "alert must not be null");
        return new GiftView(
                alert.sequence(),
                alert.sideId(),
                alert.senderNickname(),
                alert.giftName(),
                alert.giftId(),
                alert.count(),
                alert.coins(),
                alert.inferred(),
                alert.snipe(),
                GiftCatalogue.icon(alert.giftId(), alert.giftName()),
                GiftCatalogue.tier(alert.coins()));
    }

    private static ScoreboardView.SideView side(BattleSnapshot.Side side, long now) {
        boolean hidden = side.hidden();
        List<ScoreboardView.GifterView> gifters = side.topGifters().stream()
                .filter(gifter -> gifter.coins() > 0 || gifter.points() > 0)
                .limit(TOP_GIFTERS)
                .map(gifter -> gifter(gifter, hidden))
                .toList();
        return new ScoreboardView.SideView(
                side.id(),
                side.label(),
                hidden ? null : side.score(),
                side.multiplier(),
                side.multiplier() > 1 ? until(side.effects(), now, Effect.BOOST, Effect.TASK_MULTIPLIER) : null,
                side.frozen(),
                side.frozen() ? until(side.effects(), now, Effect.FREEZE) : null,
                hidden,
                hidden ? until(side.effects(), now, Effect.MIST) : null,
                gifters);
    }

    private static ScoreboardView.GifterView gifter(Gifter gifter, boolean hidden) {
        return new ScoreboardView.GifterView(gifter.nickname(), hidden ? null : gifter.coins());
    }

    /** The latest end of the windows of these effects in force at {@code now}, or null. */
    private static @Nullable Long until(List<ActiveEffect> effects, long now, Effect... kinds) {
        Long until = null;
        for (ActiveEffect effect : effects) {
            boolean wanted = List.of(kinds).contains(effect.effect());
            if (wanted && effect.from() <= now && now < effect.until()) {
                until = until == null ? effect.until() : Math.max(until, effect.until());
            }
        }
        return until;
    }
}
