package io.battlesim.engine;

import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.LiveEvent;
import io.battlesim.engine.gift.Streak;
import io.battlesim.engine.gift.StreakTracker;

/** Applies gifts and likes: deduplication, admission, receiver attribution, streak rules and scoring. */
final class LiveDesk {

    private static final int NOT_STARTED = -10;
    private static final int BEFORE_START = -11;
    private static final int LATE = -12;

    private final BattleState state;
    private final Scoring scoring;

    LiveDesk(BattleState state, Scoring scoring) {
        this.state = state;
        this.scoring = scoring;
    }

    /**
     * Reads the event's keys first and side by side (streak key, side, then message id): a parsed event's strings
     * are cold in memory, and reads issued together are fetched in parallel rather than one miss after another.
     * Admission reads only, so taking it before the duplicate check changes no outcome.
     */
    ApplyResult onGift(GiftReceived gift) {
        int streakKey = StreakTracker.keyHash(gift);
        int side = admit(gift);
        if (!state.seen.add(gift.eventId())) {
            return state.duplicate();
        }
        if (side < 0) {
            return refuse(side, gift);
        }
        if (state.countsOneGift && gift.gift().id() != state.countedGiftId) {
            return state.ignored(IgnoreReason.GIFT_NOT_COUNTED);
        }
        if (!gift.gift().streakable()) {
            scoring.commitGift(
                    side, gift.roomId(), gift.sender(), gift.gift(), gift.repeatCount(), gift.timestamp(), false);
            return state.applied(gift.timestamp());
        }
        return onStreakEvent(gift, streakKey, side);
    }

    ApplyResult onLike(LikeReceived like) {
        int side = admit(like);
        if (!state.seen.add(like.eventId())) {
            return state.duplicate();
        }
        if (side < 0) {
            return refuse(side, like);
        }
        scoring.addLikes(side, like.sender(), like.likeCount(), like.timestamp());
        return state.applied(like.timestamp());
    }

    private ApplyResult onStreakEvent(GiftReceived gift, int streakKey, int side) {
        return switch (state.streaks.track(gift, streakKey, side)) {
            case STARTED, PROGRESSED -> {
                Streak streak = state.streaks.current();
                state.changes.add(new Change.StreakUpdated(
                        state.sideId(side), gift.sender(), gift.gift(), streak.count(), streak.coins()));
                yield state.applied(gift.timestamp());
            }
            case COMMITTED -> {
                int count = state.streaks.current().count();
                scoring.commitGift(side, gift.roomId(), gift.sender(), gift.gift(), count, gift.timestamp(), false);
                yield state.applied(gift.timestamp());
            }
            case NON_INCREASING -> state.ignored(IgnoreReason.NON_INCREASING_COUNT);
            case ALREADY_FINAL -> state.ignored(IgnoreReason.STREAK_ALREADY_FINAL);
        };
    }

    /** The side the event counts for, or a negative code saying why it does not. */
    private int admit(LiveEvent event) {
        BattleTime time = state.time;
        if (time.phase == Phase.SCHEDULED) {
            return NOT_STARTED;
        }
        if (time.phase == Phase.ENDED || event.timestamp() >= time.endsAt) {
            return LATE;
        }
        if (event.timestamp() < time.startedAt) {
            return BEFORE_START;
        }
        return state.sides.resolve(event.receiverUserId(), event.roomId());
    }

    private ApplyResult refuse(int code, LiveEvent event) {
        return switch (code) {
            case NOT_STARTED -> state.ignored(IgnoreReason.NOT_STARTED);
            case BEFORE_START -> state.ignored(IgnoreReason.BEFORE_START);
            case LATE -> state.late(event);
            case Sides.UNKNOWN_RECEIVER -> state.ignored(IgnoreReason.UNKNOWN_RECEIVER);
            default -> state.ignored(IgnoreReason.UNKNOWN_ROOM);
        };
    }
}
