package io.battlesim.engine.gift;

import io.battlesim.engine.event.GiftReceived;
import org.jspecify.annotations.Nullable;

/**
 * One gift streak: its key (room, sender, gift, group), the latest event, the highest count seen and whether it
 * is final. Mutated only by {@link StreakTracker}; callers read it.
 */
public final class Streak {

    final String roomId;
    final String userId;
    final int giftId;
    final @Nullable String groupId;
    final int hash;

    GiftReceived latest;
    int side;
    int count;
    long lastSeenAt;
    /** Where the streak's timeout runs from: its latest event, or a later resume of the battle. */
    long timerFrom;

    long sequence;
    boolean finalised;
    boolean inferred;
    int pendingIndex = -1;

    Streak(GiftReceived first, int hash) {
        this.roomId = privateCopy(first.roomId());
        this.userId = privateCopy(first.sender().userId());
        this.giftId = first.gift().id();
        String group = first.groupId();
        this.groupId = group == null ? null : privateCopy(group);
        this.hash = hash;
        this.latest = first;
    }

    boolean matches(int otherHash, GiftReceived event) {
        return hash == otherHash
                && giftId == event.gift().id()
                && userId.equals(event.sender().userId())
                && roomId.equals(event.roomId())
                && (groupId == null ? event.groupId() == null : groupId.equals(event.groupId()));
    }

    /**
     * The key as strings of our own, kept near the streak: the first event's strings live among the events, so
     * matching later events against them would read cold memory twice over.
     */
    private static String privateCopy(String key) {
        return new String(key.toCharArray());
    }

    /** The latest accepted event of the streak (its sender, gift, receiver); never null. */
    public GiftReceived latest() {
        return latest;
    }

    /** The side the streak counts for (index in the battle's configuration). */
    public int side() {
        return side;
    }

    /** The highest cumulative count seen (or the end event's count once final). */
    public int count() {
        return count;
    }

    /** Coins this streak is worth at its current count: count times the gift's coin price. */
    public long coins() {
        return (long) count * latest.gift().diamondCount();
    }

    /** Timestamp of the latest accepted event. */
    public long lastSeenAt() {
        return lastSeenAt;
    }

    /** Start order, for stable listings. */
    public long sequence() {
        return sequence;
    }

    /** Whether the streak is final (committed). */
    public boolean finalised() {
        return finalised;
    }

    /** Whether the streak was finalised without its end event (timeout or battle end). */
    public boolean inferred() {
        return inferred;
    }
}
