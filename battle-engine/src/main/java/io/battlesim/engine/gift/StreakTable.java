package io.battlesim.engine.gift;

import io.battlesim.engine.event.GiftReceived;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Open-addressing table of streaks by (room, sender, gift, group); lookups allocate nothing. */
final class StreakTable {

    private Streak[] slots = new Streak[64];
    private int size;

    /** Leaves the room out: battles have few rooms, and {@link Streak#matches} compares it anyway. */
    static int hash(GiftReceived event) {
        int h = event.sender().userId().hashCode();
        h = 31 * h + event.gift().id();
        h = 31 * h + Objects.hashCode(event.groupId());
        return spread(h);
    }

    @Nullable
    Streak find(int hash, GiftReceived event) {
        int mask = slots.length - 1;
        int i = hash & mask;
        for (Streak s = slots[i]; s != null; s = slots[i]) {
            if (s.matches(hash, event)) {
                return s;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    Streak insert(int hash, GiftReceived event) {
        Streak streak = new Streak(event, hash);
        place(slots, streak);
        if (++size * 2 >= slots.length) {
            grow();
        }
        return streak;
    }

    private void grow() {
        Streak[] bigger = new Streak[slots.length << 1];
        for (Streak s : slots) {
            if (s != null) {
                place(bigger, s);
            }
        }
        slots = bigger;
    }

    private static void place(Streak[] table, Streak streak) {
        int mask = table.length - 1;
        int i = streak.hash & mask;
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        table[i] = streak;
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
