package io.battlesim.bench.cluster;

import java.util.SplittableRandom;

/**
 * Ingest batches of plain (non-streak) gifts from many users in TikTok-Live-Connector's flat shape, each a final
 * gift worth its catalogue coins, and the probe gifts the latency is timed with (1 coin each to side s2, msgId and
 * nickname {@code probe-<n>}, so side s2's score counts the probes applied). Simpler than the e2e harness's streaks on
 * purpose: the setups compared here get the same load, and the coins a batch commits are known up front. Not
 * thread-safe: one per sending thread.
 */
final class Gifts {

    private static final int[] IDS = {6033, 6267, 7934, 11046, 5655, 5487};
    private static final String[] NAMES = {"Hand Hearts", "Corgi", "Money Gun", "Galaxy", "Rose", "Finger Heart"};
    private static final int[] COINS = {100, 299, 500, 1000, 1, 5};

    /**
     * A batch's events, comma-separated without brackets.
     *
     * @param json the events
     * @param coins the coins they commit
     */
    record Batch(String json, long coins) {}

    private final String prefix;
    private final SplittableRandom random;
    private long sequence;

    /** @param prefix unique per generator in a battle: msgIds are {@code <prefix>-<n>} */
    Gifts(String prefix, long seed) {
        this.prefix = prefix;
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} gifts to {@code room} (none when {@code count} is 0). */
    Batch next(int count, String room) {
        StringBuilder out = new StringBuilder(count * 260);
        long coins = 0;
        for (int i = 0; i < count; i++) {
            int gift = random.nextInt(IDS.length);
            int user = random.nextInt(5000);
            if (i > 0) {
                out.append(',');
            }
            append(out, prefix + "-" + ++sequence, "u" + user, "Fan " + user, gift, room);
            coins += COINS[gift];
        }
        return new Batch(out.toString(), coins);
    }

    /** Probe {@code id}: 1 coin to side s2. */
    static String probe(int id) {
        return "{\"type\":\"gift\",\"msgId\":\"probe-" + id + "\",\"createTime\":" + System.currentTimeMillis()
                + ",\"userId\":\"probe\",\"uniqueId\":\"probe\",\"nickname\":\"probe-" + id + "\",\"giftId\":9001,"
                + "\"giftName\":\"Probe\",\"giftType\":2,\"diamondCount\":1,\"repeatCount\":1,\"repeatEnd\":false,"
                + "\"roomId\":\"" + ClusterApi.ROOM_B + "\"}";
    }

    private static void append(StringBuilder out, String msgId, String user, String nickname, int gift, String room) {
        out.append("{\"type\":\"gift\",\"msgId\":\"")
                .append(msgId)
                .append("\",\"createTime\":")
                .append(System.currentTimeMillis())
                .append(",\"userId\":\"")
                .append(user)
                .append("\",\"uniqueId\":\"")
                .append(user)
                .append("\",\"nickname\":\"")
                .append(nickname)
                .append("\",\"giftId\":")
                .append(IDS[gift])
                .append(",\"giftName\":\"")
                .append(NAMES[gift])
                .append("\",\"giftType\":2,\"diamondCount\":")
                .append(COINS[gift])
                .append(",\"repeatCount\":1,\"repeatEnd\":false,\"roomId\":\"")
                .append(room)
                .append("\"}");
    }
}
