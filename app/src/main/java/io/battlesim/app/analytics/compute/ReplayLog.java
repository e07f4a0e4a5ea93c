package io.battlesim.app.analytics.compute;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * What the replay shows besides the scores, bounded: the {@value #BIGGEST} biggest gifts and the latest {@value
 * #BIGGEST} snipes for its feed, the effect windows for the boosters' badges and the timer's changes.
 */
final class ReplayLog {

    static final int BIGGEST = 200;
    static final int MAX_EFFECTS = 500;
    static final int MAX_TIMER_CHANGES = 100;

    private static final Comparator<BattleAnalytics.ReplayGift> SMALLEST_FIRST = Comparator.comparingLong(
                    BattleAnalytics.ReplayGift::coins)
            .thenComparing(
                    Comparator.comparingLong(BattleAnalytics.ReplayGift::at).reversed());

    private final PriorityQueue<BattleAnalytics.ReplayGift> biggest = new PriorityQueue<>(SMALLEST_FIRST);
    private final ArrayDeque<BattleAnalytics.ReplayGift> snipes = new ArrayDeque<>();
    private final List<BattleAnalytics.EffectWindow> effects = new ArrayList<>();
    private final List<BattleAnalytics.TimerChange> timer = new ArrayList<>();

    void gift(BattleAnalytics.ReplayGift gift) {
        if (gift.snipe()) {
            snipes.addLast(gift);
            if (snipes.size() > BIGGEST) {
                snipes.removeFirst();
            }
        }
        biggest.add(gift);
        if (biggest.size() > BIGGEST) {
            biggest.poll();
        }
    }

    void effect(BattleAnalytics.EffectWindow effect) {
        if (effects.size() < MAX_EFFECTS) {
            effects.add(effect);
        }
    }

    void timer(BattleAnalytics.TimerChange change) {
        if (timer.size() < MAX_TIMER_CHANGES) {
            timer.add(change);
        }
    }

    BattleAnalytics.Replay replay() {
        Set<BattleAnalytics.ReplayGift> gifts = new LinkedHashSet<>(snipes);
        gifts.addAll(biggest);
        List<BattleAnalytics.ReplayGift> feed = new ArrayList<>(gifts);
        feed.sort(Comparator.comparingLong(BattleAnalytics.ReplayGift::at));
        return new BattleAnalytics.Replay(feed, List.copyOf(effects), List.copyOf(timer));
    }
}
