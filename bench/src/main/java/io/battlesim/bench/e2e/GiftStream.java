package io.battlesim.bench.e2e;

import java.util.SplittableRandom;

/**
 * Generates ingest events for one room in TikTok-Live-Connector's flat gift shape, the way a busy room delivers
 * them: streakable gifts tapping with cumulative {@code repeatCount} and ending with {@code repeatEnd: true} (a
 * single tap arrives twice), and non-streakable gifts final on arrival. Every streak ends within the batch it starts
 * in, so batches sent concurrently can never reorder a streak. Knows the exact coins its events commit, which is
 * what the room's side must score once every event is accepted. Not thread-safe: one per sender.
 */
final class GiftStream {

    private static final Object[][] STREAKABLE = {
        {5655, "Rose", 1},
        {5487, "Finger Heart", 5},
        {5827, "Ice Cream Cone", 1},
        {6064, "GG", 1},
        {5760, "Perfume", 20},
        {5879, "Doughnut", 30}
    };
    private static final Object[][] SINGLE = {
        {6033, "Hand Hearts", 100}, {6267, "Corgi", 299}, {7934, "Money Gun", 500}, {11046, "Galaxy", 1000}
    };

    private final String prefix;
    private final String room;
    private final int users;
    private final SplittableRandom random;
    private long sequence;
    private long committedCoins;
    private long events;

    // the open streak
    private int streakGift = -1;
    private int streakUser;
    private int streakCount;
    private int streakLength;
    private long streakGroup;

    GiftStream(String prefix, String room, long seed, int users) {
        this.prefix = prefix;
        this.room = room;
        this.users = users;
        this.random = new SplittableRandom(seed);
    }

    /** Appends {@code count} comma-separated events (no brackets); every streak started in them also ends. */
    void appendBatch(StringBuilder out, int count) {
        for (int remaining = count; remaining > 0; remaining--) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '[') {
                out.append(',');
            }
            next(out, remaining);
        }
    }

    /** Coins the events generated so far commit. */
    long committedCoins() {
        return committedCoins;
    }

    /** Events generated so far. */
    long events() {
        return events;
    }

    private void next(StringBuilder out, int remaining) {
        events++;
        if (streakGift >= 0) {
            if (remaining == 1 || streakCount >= streakLength) {
                Object[] gift = STREAKABLE[streakGift];
                gift(out, streakUser, gift, 1, streakCount, true, streakGroup);
                committedCoins += (long) streakCount * (int) gift[2];
                streakGift = -1;
            } else {
                streakCount++;
                gift(out, streakUser, STREAKABLE[streakGift], 1, streakCount, false, streakGroup);
            }
            return;
        }
        int user = random.nextInt(users);
        if (remaining == 1 || random.nextInt(5) == 0) {
            Object[] gift = SINGLE[random.nextInt(SINGLE.length)];
            gift(out, user, gift, 2, 1, false, -1);
            committedCoins += (int) gift[2];
            return;
        }
        streakGift = random.nextInt(STREAKABLE.length);
        streakUser = user;
        streakCount = 1;
        streakLength = 1 + random.nextInt(Math.min(10, remaining - 1));
        streakGroup = ++sequence;
        gift(out, user, STREAKABLE[streakGift], 1, 1, false, streakGroup);
    }

    private void gift(StringBuilder out, int user, Object[] gift, int type, int count, boolean end, long group) {
        out.append("{\"type\":\"gift\",\"msgId\":\"")
                .append(prefix)
                .append('-')
                .append(++sequence)
                .append("\",\"createTime\":")
                .append(System.currentTimeMillis())
                .append(",\"userId\":\"")
                .append(prefix)
                .append("-u")
                .append(user)
                .append("\",\"uniqueId\":\"fan")
                .append(user)
                .append("\",\"nickname\":\"Fan ")
                .append(user)
                .append("\",\"giftId\":")
                .append(gift[0])
                .append(",\"giftName\":\"")
                .append(gift[1])
                .append("\",\"giftType\":")
                .append(type)
                .append(",\"diamondCount\":")
                .append(gift[2])
                .append(",\"repeatCount\":")
                .append(count)
                .append(",\"repeatEnd\":")
                .append(end);
        if (group >= 0) {
            out.append(",\"groupId\":\"")
                    .append(prefix)
                    .append('-')
                    .append(group)
                    .append('"');
        }
        out.append(",\"roomId\":\"").append(room).append("\"}");
    }
}
