package io.battlesim.engine;

import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.gift.Streak;
import io.battlesim.engine.scoring.Saturating;
import io.battlesim.engine.scoring.Snipe;
import io.battlesim.engine.scoring.SnipeRule;
import java.util.List;

/** Turns committed gifts and likes into points, totals, contributions, lead changes and snipes. */
final class Scoring {

    private final BattleState state;

    private final AudienceDesk audience;

    Scoring(BattleState state, AudienceDesk audience) {
        this.state = state;
        this.audience = audience;
    }

    /** Commits {@code count} units of a gift to a side, at the multiplier or freeze in force at {@code at}. */
    void commitGift(int index, String roomId, Sender sender, Gift gift, int count, long at, boolean inferred) {
        SideState side = state.side[index];
        // int times int always fits a long; the factor and the sums may not (see Saturating).
        long coins = (long) count * gift.diamondCount();
        long points = Saturating.multiply(coins, side.effects.pointsFactor(at));
        boolean snipe = isSnipe(index, points, at);
        side.ownScore = Saturating.add(side.ownScore, points);
        side.coins = Saturating.add(side.coins, coins);
        side.gifts = Saturating.increment(side.gifts);
        side.contributions.addGift(sender, coins, points);
        state.changes.add(
                new Change.GiftCommitted(side.id, roomId, sender, gift, count, coins, points, inferred, snipe, at));
        if (snipe) {
            state.snipes.add(
                    new Snipe(at, side.id, sender.userId(), sender.nickname(), gift.name(), count, coins, points));
        }
        afterRise(index, points, at);
        audience.onGift(index, coins);
    }

    /**
     * Whether a gift is a snipe ({@link Snipes}), before its points count: in the final stretch of the timer as it
     * stands now, at least the configured minimum, and turning the battle on the displayed scores. In mirror mode the
     * displayed scores are TikTok's, which the gift will move only with TikTok's next update: close enough here.
     */
    private boolean isSnipe(int index, long points, long at) {
        return SnipeRule.snipe(
                        at,
                        state.time.endsAt,
                        state.snipeWindowMillis,
                        state.config.snipeMinPoints(),
                        state.displayedScores(),
                        index,
                        points)
                .isSnipe();
    }

    /** Commits streaks finalised without their end event, at their last count and last event's time. */
    void commitInferred(List<Streak> streaks) {
        for (Streak streak : streaks) {
            state.inferredCommits++;
            commitGift(
                    streak.side(),
                    streak.latest().roomId(),
                    streak.latest().sender(),
                    streak.latest().gift(),
                    streak.count(),
                    streak.lastSeenAt(),
                    true);
        }
    }

    /** Counts likes for a side; they score whole units of the battle's like scoring. */
    void addLikes(int index, Sender sender, int likes, long at) {
        SideState side = state.side[index];
        long before = side.likes;
        side.likes = Saturating.add(side.likes, likes);
        long units = state.config.likeScoring().pointsFor(side.likes)
                - state.config.likeScoring().pointsFor(before);
        long points = Saturating.multiply(units, side.effects.pointsFactor(at));
        side.ownScore = Saturating.add(side.ownScore, points);
        side.contributions.addLikes(sender, likes, points);
        state.changes.add(new Change.LikesAdded(side.id, sender, likes, points));
        afterRise(index, points, at);
        audience.onLikes(index, likes, at);
    }

    private void afterRise(int index, long points, long at) {
        if (points > 0 && !state.mirrorScores && state.lead.afterRise(state.displayedScores(), index, at)) {
            state.changes.add(new Change.LeadTaken(state.sideId(index), state.displayedScore(index), at));
        }
    }
}
