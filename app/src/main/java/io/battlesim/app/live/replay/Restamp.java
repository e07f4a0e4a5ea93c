package io.battlesim.app.live.replay;

import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;

/** Moves a recorded event to the time it is replayed, so the battle judges it on its own clock. */
final class Restamp {

    private Restamp() {}

    static BattleEvent at(BattleEvent event, long timestamp) {
        return switch (event) {
            case GiftReceived gift ->
                new GiftReceived(
                        gift.eventId(),
                        gift.roomId(),
                        gift.sender(),
                        gift.receiverUserId(),
                        gift.gift(),
                        gift.repeatCount(),
                        gift.repeatEnd(),
                        gift.groupId(),
                        timestamp);
            case LikeReceived like ->
                new LikeReceived(
                        like.eventId(),
                        like.roomId(),
                        like.sender(),
                        like.receiverUserId(),
                        like.likeCount(),
                        timestamp);
            default -> event;
        };
    }
}
