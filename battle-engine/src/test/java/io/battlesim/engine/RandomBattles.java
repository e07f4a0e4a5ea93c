package io.battlesim.engine;

import static io.battlesim.engine.BattleFixtures.GUEST_A;
import static io.battlesim.engine.BattleFixtures.ROOM_A;
import static io.battlesim.engine.BattleFixtures.ROOM_B;
import static io.battlesim.engine.BattleFixtures.T0;

import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.End;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.event.Tick;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Generates valid, time-ordered event sequences for a {@link BattleFixtures#oneVsOne()} battle from a seed: streaks
 * (some losing their end event), non-streakable gifts, likes, power-ups and one-second ticks, then the end (a
 * tick at five minutes and an end command for battles that time makers extended). It
 * also knows the true coins per side, the oracle for exactly-once accounting.
 */
final class RandomBattles {

    /** A generated battle: its events in order and the coins each side truly received. */
    record Scenario(List<BattleEvent> events, Map<String, Long> coinsBySide) {}

    private static final Gift[] STREAKABLE = {
        new Gift(5655, "Rose", 1, 1), new Gift(5487, "Finger Heart", 1, 5), new Gift(5827, "Ice Cream Cone", 1, 1)
    };
    private static final Gift[] SINGLE = {new Gift(11046, "Galaxy", 2, 1000), new Gift(6369, "Lion", 4, 29_999)};
    private static final long BATTLE_MILLIS = 300_000;

    private final Random random;
    private final List<BattleEvent> events = new ArrayList<>();
    private final List<OpenStreak> open = new ArrayList<>();
    private final Map<String, Long> coins = new HashMap<>();
    private final int percentWithoutGroup;
    private long now = T0;
    private long nextTick = T0 + 1000;
    private int ids;

    private RandomBattles(long seed, int percentWithoutGroup) {
        this.random = new Random(seed);
        this.percentWithoutGroup = percentWithoutGroup;
    }

    /**
     * About {@code steps} viewer events over a five-minute battle, ending with a tick at its end; 20% of streaks
     * have no group id (so concurrent ones may share a key and the coin oracle is only exact for the others).
     */
    static List<BattleEvent> generate(long seed, int steps) {
        return new RandomBattles(seed, 20).run(steps).events();
    }

    /** Like {@link #generate} with a group id on every streak, so {@link Scenario#coinsBySide()} is exact. */
    static Scenario withGroupIds(long seed, int steps) {
        return new RandomBattles(seed, 0).run(steps);
    }

    private Scenario run(int steps) {
        events.add(new Start(T0));
        long stepMillis = Math.max(1, (BATTLE_MILLIS - 5_000) / steps);
        while (now < T0 + BATTLE_MILLIS - 5_000) {
            now += 1 + random.nextInt((int) (2 * stepMillis));
            emitTicksUpTo(now);
            step();
        }
        events.add(new Tick(T0 + BATTLE_MILLIS));
        events.add(new End(T0 + BATTLE_MILLIS + 60_000));
        return new Scenario(List.copyOf(events), Map.copyOf(coins));
    }

    private void emitTicksUpTo(long time) {
        while (nextTick <= time) {
            events.add(new Tick(nextTick));
            nextTick += 1000;
        }
    }

    private void step() {
        for (OpenStreak streak : open) {
            if (now - streak.lastAt > 3_000) {
                advance(streak);
                return;
            }
        }
        int roll = random.nextInt(100);
        if (roll < 60 && !open.isEmpty()) {
            advance(open.get(random.nextInt(open.size())));
        } else if (roll < 70) {
            startStreak();
        } else if (roll < 82) {
            Gift gift = SINGLE[random.nextInt(SINGLE.length)];
            String room = room();
            events.add(new GiftReceived(id(), room, viewer(), null, gift, 1, false, null, now));
            credit(room, null, gift.diamondCount());
        } else if (roll < 97) {
            events.add(new LikeReceived(id(), room(), viewer(), null, 1 + random.nextInt(15), now));
        } else {
            PowerUpKind kind = PowerUpKind.values()[random.nextInt(PowerUpKind.values().length)];
            String side = random.nextBoolean() ? "A" : "B";
            events.add(new PowerUpTriggered(id(), kind, side, TriggeredBy.AUDIENCE, null, now));
        }
    }

    private void startStreak() {
        OpenStreak streak = new OpenStreak(
                viewer(),
                STREAKABLE[random.nextInt(STREAKABLE.length)],
                room(),
                random.nextInt(10) == 0 ? GUEST_A : null,
                random.nextInt(100) < percentWithoutGroup ? null : "grp-" + id(),
                1 + random.nextInt(20),
                random.nextInt(8) == 0);
        open.add(streak);
        advance(streak);
    }

    /** Taps on (cumulative count); at its target a streak taps once more and ends, unless its end is lost. */
    private void advance(OpenStreak streak) {
        int before = streak.count;
        streak.count = Math.min(streak.target, streak.count + 1 + random.nextInt(3));
        streak.lastAt = now;
        credit(streak.room, streak.receiver, (long) (streak.count - before) * streak.gift.diamondCount());
        events.add(streakEvent(streak, false));
        if (streak.count >= streak.target) {
            open.remove(streak);
            if (!streak.loseEnd) {
                events.add(streakEvent(streak, true));
            }
        }
    }

    private void credit(String room, @Nullable String receiver, long amount) {
        String side = GUEST_A.equals(receiver) || ROOM_A.equals(room) ? "A" : "B";
        coins.merge(side, amount, Long::sum);
    }

    private GiftReceived streakEvent(OpenStreak s, boolean end) {
        return new GiftReceived(id(), s.room, s.sender, s.receiver, s.gift, s.count, end, s.group, now);
    }

    private Sender viewer() {
        int n = random.nextInt(40);
        return new Sender(Integer.toString(7000 + n), "viewer" + n, "Viewer " + n);
    }

    private String room() {
        return random.nextBoolean() ? ROOM_A : ROOM_B;
    }

    private String id() {
        return "e" + ids++;
    }

    private static final class OpenStreak {
        final Sender sender;
        final Gift gift;
        final String room;
        final @Nullable String receiver;
        final @Nullable String group;
        final int target;
        final boolean loseEnd;
        int count;
        long lastAt;

        OpenStreak(
                Sender sender,
                Gift gift,
                String room,
                @Nullable String receiver,
                @Nullable String group,
                int target,
                boolean loseEnd) {
            this.sender = sender;
            this.gift = gift;
            this.room = room;
            this.receiver = receiver;
            this.group = group;
            this.target = target;
            this.loseEnd = loseEnd;
        }
    }
}
