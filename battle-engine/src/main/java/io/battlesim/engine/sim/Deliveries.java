package io.battlesim.engine.sim;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns gifts and boosters into the LIVE events a real room would send, and schedules them. A streak's taps come
 * {@value #TAP_MILLIS} ms apart with cumulative counts and end with a {@code repeatEnd} event {@value #TAP_MILLIS} ms
 * after the last tap (a single tap arrives twice, as on TikTok). Taps are batched per {@value #BATCH_MILLIS} ms of
 * battle time: the first tap, and the last tap before each batch boundary, are sent with their cumulative count; the
 * taps between are folded into the next event (TikTok's own counts jump the same way under load, and the engine only
 * needs rising counts and the end). That keeps a 100-tap streak at a dozen events, and the simulator fast. Event ids
 * are {@code sim-<seed>-<n>}: unique and deterministic.
 */
final class Deliveries {

    /** Time between two taps of a streak. */
    static final long TAP_MILLIS = 100;

    /** Taps within one such stretch of battle time (counted from the start) travel in one event. */
    static final long BATCH_MILLIS = 1000;

    private final EventQueue queue;
    private final long origin;
    private final String prefix;
    private final String[] rooms;
    private final @Nullable String[] receivers;
    private final String[] sideIds;
    private long next;

    Deliveries(BattleConfig config, long seed, long origin, EventQueue queue) {
        this.queue = queue;
        this.origin = origin;
        this.prefix = "sim-" + Long.toHexString(seed) + "-";
        int sides = config.sides().size();
        this.rooms = new String[sides];
        this.receivers = new String[sides];
        this.sideIds = new String[sides];
        for (int i = 0; i < sides; i++) {
            SideConfig side = config.side(i);
            sideIds[i] = side.id();
            if (side.roomIds().isEmpty()) {
                rooms[i] = "room:" + side.id();
                receivers[i] = new TreeSet<>(side.receiverUserIds()).first();
            } else {
                rooms[i] = new TreeSet<>(side.roomIds()).first();
            }
        }
    }

    /**
     * Schedules a gift for a side from {@code at}: a streak of {@code count} taps, or {@code count} units at once.
     *
     * @return when the sender is done (the streak's end event), for the next gift to wait for
     */
    long give(Sender sender, int side, Gift gift, int count, long at) {
        if (!gift.streakable()) {
            queue.add(event(sender, side, gift, count, false, null, at));
            return at;
        }
        // a streak: the first tap, the last tap of each batch, the end
        String group = nextId(); // the first tap's id doubles as the streak's group id
        queue.add(new GiftReceived(group, rooms[side], sender, receivers[side], gift, 1, false, group, at));
        long endAt = at + count * TAP_MILLIS;
        for (int tap = 2; tap <= count; tap++) {
            long tapAt = at + (tap - 1) * TAP_MILLIS;
            long following = tap < count ? tapAt + TAP_MILLIS : endAt;
            if (batch(following) != batch(tapAt)) {
                queue.add(event(sender, side, gift, tap, false, group, tapAt));
            }
        }
        queue.add(event(sender, side, gift, count, true, group, endAt));
        return endAt;
    }

    /** Schedules an agent's booster trigger for a side at {@code at}. */
    void boost(PowerUpKind kind, int side, String actorId, long at) {
        queue.add(new PowerUpTriggered(nextId(), kind, sideIds[side], TriggeredBy.AGENT, actorId, at));
    }

    private GiftReceived event(
            Sender sender, int side, Gift gift, int count, boolean end, @Nullable String group, long at) {
        return new GiftReceived(nextId(), rooms[side], sender, receivers[side], gift, count, end, group, at);
    }

    private long batch(long at) {
        return Math.floorDiv(at - origin, BATCH_MILLIS);
    }

    private String nextId() {
        return prefix + next++;
    }
}
