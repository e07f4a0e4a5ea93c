package io.battlesim.bench.engine;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.End;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A busy five-minute 1v1 battle as a LIVE connector would deliver it: gift streaks tapping with cumulative counts
 * and ending (one in ten loses its end event), non-streakable gifts, like batches, re-deliveries of recent events,
 * and the app's 100 ms ticks.
 */
final class MixedStream {

    static final long T0 = 1_700_000_000_000L;
    static final long BATTLE_MILLIS = 300_000;

    private static final Gift[] STREAKABLE = {
        new Gift(5655, "Rose", 1, 1),
        new Gift(5487, "Finger Heart", 1, 5),
        new Gift(5827, "Ice Cream Cone", 1, 1),
        new Gift(6064, "GG", 1, 1),
        new Gift(5760, "Perfume", 1, 20),
        new Gift(5879, "Doughnut", 1, 30)
    };
    private static final Gift[] SINGLE = {
        new Gift(6033, "Hand Hearts", 2, 100),
        new Gift(7934, "Money Gun", 2, 500),
        new Gift(11046, "Galaxy", 2, 1000),
        new Gift(6369, "Lion", 4, 29_999)
    };
    private static final String[] ROOMS = {"7301000000000000001", "7301000000000000002"};
    private static final String[] HOSTS = {"6800000000000000001", "6800000000000000002"};

    private final Random random;
    private final int viewers;
    private final boolean freshStrings;
    private final Sender[] audience;
    private final List<BattleEvent> events = new ArrayList<>();
    private final List<Combo> open = new ArrayList<>();
    private long messageId = 7_320_000_000_000_000_000L;
    private long combo = 1;
    private long now = T0;
    private long nextTick = T0 + 100;

    private MixedStream(long seed, int viewers, boolean freshStrings) {
        this.random = new Random(seed);
        this.viewers = viewers;
        this.freshStrings = freshStrings;
        this.audience = new Sender[viewers];
        for (int n = 0; n < viewers; n++) {
            audience[n] = new Sender(Long.toString(6_900_000_000_000_000_000L + n), "viewer" + n, "Viewer " + n);
        }
    }

    /** The battle the stream is meant for. */
    static BattleConfig config() {
        return BattleConfig.builder("bench")
                .side(SideConfig.host("A", "Ava", ROOMS[0], HOSTS[0]))
                .side(SideConfig.host("B", "Leo", ROOMS[1], HOSTS[1]))
                .build();
    }

    /**
     * Exactly {@code total} events: a start, LIVE events (re-deliveries included) with the ticks, an end.
     *
     * @param freshStrings whether every event gets its own string instances (as parsing each message gives) or
     *     shares those of its room, viewer and combo (as a connector that canonicalises ids gives); message ids
     *     are unique either way
     */
    static List<BattleEvent> generate(long seed, int total, int viewers, boolean freshStrings) {
        return new MixedStream(seed, viewers, freshStrings).run(total);
    }

    private List<BattleEvent> run(int total) {
        long last = T0 + BATTLE_MILLIS - 2;
        long spacing = (BATTLE_MILLIS - 1_000) / Math.max(1, total - BATTLE_MILLIS / 100);
        events.add(new Start(T0));
        while (events.size() < total - 1) {
            if (nextTick <= now) {
                events.add(new Tick(nextTick));
                nextTick += 100;
            } else {
                events.add(next());
                now = Math.min(last, now + random.nextLong(2 * spacing + 1));
            }
        }
        events.add(new End(T0 + BATTLE_MILLIS - 1));
        return List.copyOf(events);
    }

    private BattleEvent next() {
        int roll = random.nextInt(100);
        if (roll < 10 && events.size() > 50) {
            return events.get(events.size() - 1 - random.nextInt(Math.min(500, events.size() - 1)));
        }
        if (roll < 70) {
            boolean room = open.size() < 4 + viewers / 50;
            return room && (open.isEmpty() || random.nextInt(3) == 0) ? startCombo() : tapCombo();
        }
        if (roll < 80) {
            return gift(randomRoom(), viewer(), SINGLE[random.nextInt(SINGLE.length)], 1, false, null);
        }
        return new LikeReceived(id(), copy(randomRoom()), copy(viewer()), null, 1 + random.nextInt(15), now);
    }

    private BattleEvent startCombo() {
        Combo c = new Combo(
                randomRoom(),
                viewer(),
                STREAKABLE[random.nextInt(STREAKABLE.length)],
                Long.toString(combo++),
                1 + random.nextInt(40),
                random.nextInt(10) == 0);
        open.add(c);
        return step(c);
    }

    private BattleEvent tapCombo() {
        return step(open.get(random.nextInt(open.size())));
    }

    /**
     * A tap with the cumulative count; a combo at its target sends its end event, or (one in ten) goes silent and
     * gets a tap of a new combo instead.
     */
    private BattleEvent step(Combo c) {
        if (c.count >= c.target) {
            open.remove(c);
            return c.loseEnd ? startCombo() : gift(c.room, c.sender, c.gift, c.count, true, c.group);
        }
        c.count = Math.min(c.target, c.count + 1 + random.nextInt(2));
        return gift(c.room, c.sender, c.gift, c.count, false, c.group);
    }

    private GiftReceived gift(String room, Sender sender, Gift gift, int count, boolean end, @Nullable String group) {
        Sender parsed = new Sender(copy(sender.userId()), copy(sender.uniqueId()), copy(sender.nickname()));
        return new GiftReceived(
                id(), copy(room), parsed, null, gift, count, end, group == null ? null : copy(group), now);
    }

    private Sender viewer() {
        return audience[random.nextInt(viewers)];
    }

    private String randomRoom() {
        return ROOMS[random.nextInt(ROOMS.length)];
    }

    private String id() {
        return Long.toString(messageId++);
    }

    /** A fresh instance with the same text, as parsing each message would give (or the same one when shared). */
    private String copy(String value) {
        return freshStrings ? new String(value.toCharArray()) : value;
    }

    private Sender copy(Sender sender) {
        return freshStrings
                ? new Sender(copy(sender.userId()), copy(sender.uniqueId()), copy(sender.nickname()))
                : sender;
    }

    private static final class Combo {
        final String room;
        final Sender sender;
        final Gift gift;
        final String group;
        final int target;
        final boolean loseEnd;
        int count;

        Combo(String room, Sender sender, Gift gift, String group, int target, boolean loseEnd) {
            this.room = room;
            this.sender = sender;
            this.gift = gift;
            this.group = group;
            this.target = target;
            this.loseEnd = loseEnd;
        }
    }
}
