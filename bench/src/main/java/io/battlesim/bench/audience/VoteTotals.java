package io.battlesim.bench.audience;

import io.battlesim.bench.e2e.SseSwarm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The trails of a swarm's clients: reads {@code audience.totalVotes} out of each {@code scoreboard}, {@code score}
 * and {@code ended} frame (the only {@code "totalVotes":} in them) as the bytes arrive, without parsing the JSON.
 */
final class VoteTotals implements SseSwarm.FrameListener {

    private static final byte[] MARK = "\"totalVotes\":".getBytes(StandardCharsets.US_ASCII);

    private final ClientTrail[] trails;

    VoteTotals(int clients) {
        this.trails = new ClientTrail[clients];
        for (int i = 0; i < clients; i++) {
            trails[i] = new ClientTrail();
        }
    }

    @Override
    public void frame(int client, byte[] data, int length, long nanos) {
        long total = totalVotes(data, length);
        if (total >= 0 && client < trails.length) {
            trails[client].saw(nanos, total);
        }
    }

    List<ClientTrail> trails() {
        return new ArrayList<>(List.of(trails));
    }

    /** The number after the first {@code "totalVotes":} in {@code json}, or -1 when there is none. */
    static long totalVotes(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return totalVotes(bytes, bytes.length);
    }

    /** The number after the first {@code "totalVotes":} in {@code data[0..length)}, or -1 when there is none. */
    static long totalVotes(byte[] data, int length) {
        outer:
        for (int i = 0; i <= length - MARK.length; i++) {
            for (int j = 0; j < MARK.length; j++) {
                if (data[i + j] != MARK[j]) {
                    continue outer;
                }
            }
            long value = -1;
            for (int k = i + MARK.length; k < length && data[k] >= '0' && data[k] <= '9'; k++) {
                value = (value < 0 ? 0 : value * 10) + (data[k] - '0');
            }
            return value;
        }
        return -1;
    }
}
