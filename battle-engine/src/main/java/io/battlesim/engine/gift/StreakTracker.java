package io.battlesim.engine.gift;

import io.battlesim.engine.event.GiftReceived;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Tracks the streaks of streakable (type 1) gifts and says when each commits. Message-id deduplication happens
 * before this tracker; gifts that are not streakable never reach it. Engine-internal and not thread-safe.
 */
public final class StreakTracker {

    private static final Comparator<Streak> BY_SEQUENCE = Comparator.comparingLong(Streak::sequence);

    private final long timeoutMillis;
    private final StreakTable table = new StreakTable();
    private final ArrayList<Streak> pending = new ArrayList<>();
    private long nextSequence;
    private @Nullable Streak current;

    /** A tracker that infers a streak's end after {@code timeoutMillis} without an event for it. */
    public StreakTracker(long timeoutMillis) {
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("timeoutMillis must be positive but was " + timeoutMillis);
        }
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Feeds one streakable gift event; afterwards {@link #current()} is the streak it belongs to.
     *
     * @param side the side the gift counts for
     */
    public StreakStep track(GiftReceived event, int side) {
        return track(event, keyHash(event), side);
    }

    /**
     * As {@link #track(GiftReceived, int)}, with the event's {@link #keyHash} computed beforehand.
     *
     * @param hash the event's {@link #keyHash}
     */
    public StreakStep track(GiftReceived event, int hash, int side) {
        Streak streak = table.find(hash, event);
        if (streak == null) {
            return begin(table.insert(hash, event), event, side);
        }
        current = streak;
        if (streak.finalised) {
            return startsAnotherStreak(streak, event) ? begin(streak, event, side) : StreakStep.ALREADY_FINAL;
        }
        if (!event.repeatEnd() && event.repeatCount() <= streak.count) {
            return StreakStep.NON_INCREASING;
        }
        accept(streak, event, side);
        if (event.repeatEnd()) {
            removePending(streak);
            streak.finalised = true;
            return StreakStep.COMMITTED;
        }
        return StreakStep.PROGRESSED;
    }

    /** The hash of a gift event's streak key (room, sender, gift, group). */
    public static int keyHash(GiftReceived event) {
        return StreakTable.hash(event);
    }

    /** The streak touched by the last {@link #track} call; never null after one. */
    public Streak current() {
        return Objects.requireNonNull(current, "no streak tracked yet");
    }

    /**
     * Finalises (as inferred) every pending streak idle for the timeout at {@code now} (counted from its latest event
     * or its {@link #restartTimers restart}); appends them in start order.
     */
    public void expire(long now, List<Streak> out) {
        int from = out.size();
        for (int i = pending.size() - 1; i >= 0; i--) {
            Streak streak = pending.get(i);
            if (now - streak.timerFrom >= timeoutMillis) {
                infer(streak, out);
            }
        }
        out.subList(from, out.size()).sort(BY_SEQUENCE);
    }

    /**
     * Restarts the timeout of every pending streak at {@code at} (unless a later event already did), for a battle
     * resumed after downtime: the senders were not silent, we were not listening.
     */
    public void restartTimers(long at) {
        for (Streak streak : pending) {
            streak.timerFrom = Math.max(streak.timerFrom, at);
        }
    }

    /** Finalises (as inferred) every pending streak, for the end of a battle or stream; appends them in start order. */
    public void finaliseAll(List<Streak> out) {
        int from = out.size();
        while (!pending.isEmpty()) {
            infer(pending.get(pending.size() - 1), out);
        }
        out.subList(from, out.size()).sort(BY_SEQUENCE);
    }

    /** The provisional streaks in start order. */
    public List<Streak> pending() {
        List<Streak> copy = new ArrayList<>(pending);
        copy.sort(BY_SEQUENCE);
        return copy;
    }

    /** How many streaks are provisional. */
    public int pendingCount() {
        return pending.size();
    }

    private StreakStep begin(Streak streak, GiftReceived event, int side) {
        current = streak;
        streak.sequence = nextSequence++;
        streak.count = 0;
        streak.lastSeenAt = Long.MIN_VALUE;
        streak.timerFrom = Long.MIN_VALUE;
        streak.inferred = false;
        streak.finalised = event.repeatEnd();
        accept(streak, event, side);
        if (streak.finalised) {
            return StreakStep.COMMITTED;
        }
        streak.pendingIndex = pending.size();
        pending.add(streak);
        return StreakStep.STARTED;
    }

    private static void accept(Streak streak, GiftReceived event, int side) {
        streak.latest = event;
        streak.side = side;
        streak.count = event.repeatCount();
        streak.lastSeenAt = Math.max(streak.lastSeenAt, event.timestamp());
        streak.timerFrom = Math.max(streak.timerFrom, event.timestamp());
    }

    /**
     * Only streaks without a group id share a key across combos. A later event starts a new combo unless it is
     * older than the streak's last event, or (for a streak we had to finalise ourselves) could be the overdue tail
     * of the same combo: then it is ignored, since undercounting one combo beats counting one twice.
     */
    private static boolean startsAnotherStreak(Streak streak, GiftReceived event) {
        if (streak.groupId != null || event.timestamp() <= streak.lastSeenAt) {
            return false;
        }
        return !streak.inferred || event.repeatCount() < streak.count;
    }

    private void infer(Streak streak, List<Streak> out) {
        removePending(streak);
        streak.finalised = true;
        streak.inferred = true;
        out.add(streak);
    }

    private void removePending(Streak streak) {
        int i = streak.pendingIndex;
        if (i < 0) {
            return;
        }
        Streak last = pending.remove(pending.size() - 1);
        if (last != streak) {
            pending.set(i, last);
            last.pendingIndex = i;
        }
        streak.pendingIndex = -1;
    }
}
