package io.battlesim.app.scoreboard.stream;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Which gift frames of one drain a client's feed shows when it may show fewer than are new: the biggest (most
 * coins; the earlier of equal ones), written in their original order.
 */
final class FeedPick {

    private static final FeedPick ALL = new FeedPick(null);

    private final long @Nullable [] positions;
    private int next;

    private FeedPick(long @Nullable [] positions) {
        this.positions = positions;
    }

    /** The gifts to show among the frames {@code [from, to)} of {@code log}, at most {@code allowed}. */
    static FeedPick choose(FrameLog log, long from, long to, int allowed) {
        if (allowed == Integer.MAX_VALUE || countGifts(log, from, to) <= allowed) {
            return ALL;
        }
        long[] best = new long[allowed];
        long[] coins = new long[allowed];
        int filled = 0;
        for (long position = from; position < to && allowed > 0; position++) {
            SseFrame frame = log.at(position);
            if (frame == null || !frame.isGift()) {
                continue;
            }
            if (filled == allowed && frame.coins() <= coins[filled - 1]) {
                continue;
            }
            int i = filled == allowed ? filled - 1 : filled++;
            while (i > 0 && frame.coins() > coins[i - 1]) {
                best[i] = best[i - 1];
                coins[i] = coins[i - 1];
                i--;
            }
            best[i] = position;
            coins[i] = frame.coins();
        }
        long[] chosen = Arrays.copyOf(best, filled);
        Arrays.sort(chosen);
        return new FeedPick(chosen);
    }

    /** Whether the gift at {@code position} is shown; asked in ascending positions. */
    boolean shows(long position) {
        if (positions == null) {
            return true;
        }
        while (next < positions.length && positions[next] < position) {
            next++;
        }
        return next < positions.length && positions[next] == position;
    }

    private static int countGifts(FrameLog log, long from, long to) {
        int gifts = 0;
        for (long position = from; position < to; position++) {
            SseFrame frame = log.at(position);
            if (frame != null && frame.isGift()) {
                gifts++;
            }
        }
        return gifts;
    }
}
