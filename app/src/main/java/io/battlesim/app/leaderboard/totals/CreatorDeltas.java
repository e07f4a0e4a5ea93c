package io.battlesim.app.leaderboard.totals;

import io.battlesim.app.battle.BattleTally;
import io.battlesim.app.leaderboard.Window;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Changes to creator totals, summed per row of {@code board_creator}. */
final class CreatorDeltas {

    record Key(String period, LocalDate start, String creator) {}

    static final class Delta {
        long battles;
        long wins;
        long losses;
        long ties;
        long marginSum;
        long coins;
    }

    private final Map<Key, Delta> deltas = new LinkedHashMap<>();

    /** Coins a creator received on a day (negative to take them off). */
    void coins(String creator, LocalDate day, long coins) {
        for (Window window : Window.values()) {
            delta(window, creator, day).coins += coins;
        }
    }

    /** A battle result of a creator on a day; {@code sign} -1 takes it off. */
    void result(String creator, LocalDate day, BattleTally.Result result, long margin, int sign) {
        for (Window window : Window.values()) {
            Delta delta = delta(window, creator, day);
            delta.battles += sign;
            delta.marginSum += sign * margin;
            switch (result) {
                case WIN -> delta.wins += sign;
                case LOSS -> delta.losses += sign;
                case TIE -> delta.ties += sign;
            }
        }
    }

    private Delta delta(Window window, String creator, LocalDate day) {
        return deltas.computeIfAbsent(
                new Key(window.code(), window.start(day), Clip.to(creator, 64)), key -> new Delta());
    }

    Map<Key, Delta> all() {
        return deltas;
    }
}
