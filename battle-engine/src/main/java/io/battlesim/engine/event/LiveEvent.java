package io.battlesim.engine.event;

import org.jspecify.annotations.Nullable;

/** A viewer action received from a creator's LIVE room; applied at most once per {@link #eventId()}. */
public sealed interface LiveEvent extends BattleEvent permits GiftReceived, LikeReceived {

    /** The source's message id ({@code msgId}); never null. */
    String eventId();

    /** The LIVE room the event came from; never null. */
    String roomId();

    /** Who sent it; never null. */
    Sender sender();

    /** The user the action went to (host or guest), or null when the source does not say (then: the host). */
    @Nullable
    String receiverUserId();
}
