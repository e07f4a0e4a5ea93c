package io.battlesim.app.leaderboard.totals;

import io.battlesim.app.leaderboard.Window;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Changes to gifter totals, summed per board row before they are written (one statement per row, not per gift). */
final class GifterDeltas {

    static final String ALL = "ALL";
    static final String CREATOR = "CREATOR";

    /** The key of one row of {@code board_gifter}. */
    record Key(String scope, String scopeKey, String period, LocalDate start, String gifterId) {}

    /** What changes on that row; the names are the latest seen. */
    static final class Delta {
        String uniqueId;
        String nickname;
        long coins;
        long gifts;

        Delta(String uniqueId, String nickname) {
            this.uniqueId = uniqueId;
            this.nickname = nickname;
        }
    }

    private final Map<Key, Delta> deltas = new LinkedHashMap<>();

    /** Adds (or with a negative sign takes off) a gifter's gifts to a creator on a day, on every board they count on. */
    void add(String creator, String gifterId, String uniqueId, String nickname, LocalDate day, long coins, long gifts) {
        creator = Clip.to(creator, 64);
        gifterId = Clip.to(gifterId, 64);
        uniqueId = Clip.username(uniqueId);
        nickname = Clip.to(nickname, 200);
        for (Window window : Window.values()) {
            LocalDate start = window.start(day);
            add(new Key(ALL, "", window.code(), start, gifterId), uniqueId, nickname, coins, gifts);
            add(new Key(CREATOR, creator, window.code(), start, gifterId), uniqueId, nickname, coins, gifts);
        }
    }

    private void add(Key key, String uniqueId, String nickname, long coins, long gifts) {
        Delta delta = deltas.computeIfAbsent(key, k -> new Delta(uniqueId, nickname));
        delta.uniqueId = uniqueId;
        delta.nickname = nickname;
        delta.coins += coins;
        delta.gifts += gifts;
    }

    Map<Key, Delta> all() {
        return deltas;
    }
}
