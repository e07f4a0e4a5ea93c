package io.battlesim.app.analytics.compute;

import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import io.battlesim.engine.scoring.Saturating;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Measures each booster's effect: the points (and coins) its side, and for Magic Mist and Stun Hammer every other
 * side, scored during its window, against the points in an equal window just before it. Both windows are cut at the
 * battle's start and end: cut at the end, the earlier window is as long as what was left of the booster's.
 *
 * <p>The earlier window lies in the past when a booster is used, so the scoring commits of the last {@value
 * #HORIZON_MILLIS} ms are kept (at most {@value #MAX_KEPT}, the newest; only a battle scoring thousands of gifts a
 * second for minutes would reach that, and then the earlier window counts what was kept).
 */
final class BoosterLedger {

    static final int MAX_BOOSTERS = 200;
    static final long HORIZON_MILLIS = 300_000;
    private static final int MAX_KEPT = 1 << 20;

    private final List<String> sideIds;
    private final Commits recent = new Commits();
    private final List<Use> uses = new ArrayList<>();
    private @Nullable Use pending;

    BoosterLedger(List<String> sideIds) {
        this.sideIds = List.copyOf(sideIds);
    }

    /** A booster was used; its window follows with {@link #windowOpened} in the same event. */
    void activated(PowerUpKind kind, int side, @Nullable TriggeredBy by, @Nullable String actorId, long at) {
        settle();
        if (uses.size() < MAX_BOOSTERS) {
            pending = new Use(kind, side, by, actorId, at);
        }
    }

    /** The effect window of the booster just used (a Stun Hammer opens one per opponent: the same window). */
    void windowOpened(long from, long until) {
        Use use = pending;
        if (use != null && !use.hasWindow) {
            use.hasWindow = true;
            use.from = from;
            use.until = until;
            use.sideBefore = recent.sum(from - (until - from), from, use.side, true);
            use.othersBefore = recent.sum(from - (until - from), from, use.side, false);
        }
    }

    /** The timer moved by a booster just used (a Time Maker). */
    void timerExtended(long millis) {
        if (pending != null) {
            pending.extension = Saturating.add(pending.extension, millis);
        }
    }

    /** Files the booster of the event just applied; call after each event's changes. */
    void settle() {
        if (pending != null) {
            uses.add(pending);
            pending = null;
        }
    }

    /** A scoring commit: {@code points} (and {@code coins}) for {@code side} at {@code at}. */
    void scored(long at, int side, long points, long coins) {
        for (Use use : uses) {
            use.count(at, side, points, coins);
        }
        if (pending != null) {
            pending.count(at, side, points, coins);
        }
        recent.add(at, side, points);
    }

    /** Every booster with its effect, times relative to {@code origin}; windows cut at {@code end}. */
    List<BattleAnalytics.Booster> boosters(long origin, long end) {
        settle();
        List<BattleAnalytics.Booster> list = new ArrayList<>(uses.size());
        for (Use use : uses) {
            list.add(use.toBooster(origin, end, recent));
        }
        return list;
    }

    /** One booster used. */
    private final class Use {
        final PowerUpKind kind;
        final int side;
        final @Nullable TriggeredBy by;
        final @Nullable String actorId;
        final long at;
        boolean hasWindow;
        long from;
        long until;
        long extension;
        long sideBefore;
        long othersBefore;
        long sideDuring;
        long othersDuring;
        long sideCoins;
        long othersCoins;

        Use(PowerUpKind kind, int side, @Nullable TriggeredBy by, @Nullable String actorId, long at) {
            this.kind = kind;
            this.side = side;
            this.by = by;
            this.actorId = actorId;
            this.at = at;
        }

        /** Counts a commit that falls in either window (commits may arrive after their time: a streak's end). */
        void count(long when, int scorer, long points, long coins) {
            if (!hasWindow || when >= until || when < from - (until - from)) {
                return;
            }
            boolean own = scorer == side;
            if (when >= from && own) {
                sideDuring = Saturating.add(sideDuring, points);
                sideCoins = Saturating.add(sideCoins, coins);
            } else if (when >= from) {
                othersDuring = Saturating.add(othersDuring, points);
                othersCoins = Saturating.add(othersCoins, coins);
            } else if (own) {
                sideBefore = Saturating.add(sideBefore, points);
            } else {
                othersBefore = Saturating.add(othersBefore, points);
            }
        }

        BattleAnalytics.Booster toBooster(long origin, long end, Commits recent) {
            if (!hasWindow) {
                return new BattleAnalytics.Booster(
                        kind.name(),
                        sideIds.get(side),
                        name(by),
                        actorId,
                        at - origin,
                        at - origin,
                        at - origin,
                        at - origin,
                        null,
                        null,
                        extension);
            }
            long cutUntil = Math.max(from, Math.min(until, end));
            if (cutUntil < until) {
                // The end cut the window short: count the earlier window again at that length. It ends at most one
                // window before the battle's end, well within the horizon. (Before the start nothing scores, so a
                // cut there needs no second count.)
                sideBefore = recent.sum(from - (cutUntil - from), from, side, true);
                othersBefore = recent.sum(from - (cutUntil - from), from, side, false);
            }
            long beforeFrom = Math.max(origin, from - (cutUntil - from));
            BattleAnalytics.Window own = new BattleAnalytics.Window(sideBefore, sideDuring, sideCoins);
            BattleAnalytics.Window others = kind == PowerUpKind.BOOSTING_GLOVE
                    ? null
                    : new BattleAnalytics.Window(othersBefore, othersDuring, othersCoins);
            return new BattleAnalytics.Booster(
                    kind.name(),
                    sideIds.get(side),
                    name(by),
                    actorId,
                    at - origin,
                    beforeFrom - origin,
                    from - origin,
                    cutUntil - origin,
                    own,
                    others,
                    extension);
        }
    }

    private static @Nullable String name(@Nullable TriggeredBy by) {
        return by == null ? null : by.name();
    }

    /** The scoring commits of the last {@value #HORIZON_MILLIS} ms, a ring of parallel arrays. */
    private static final class Commits {
        private long[] at = new long[1024];
        private long[] points = new long[1024];
        private int[] side = new int[1024];
        private int head;
        private int size;
        private long newest = Long.MIN_VALUE;

        void add(long when, int scorer, long value) {
            newest = Math.max(newest, when);
            while (size > 0 && (at[head] < newest - HORIZON_MILLIS || size == MAX_KEPT)) {
                head = (head + 1) & (at.length - 1);
                size--;
            }
            if (size == at.length) {
                grow();
            }
            int i = (head + size) & (at.length - 1);
            at[i] = when;
            points[i] = value;
            side[i] = scorer;
            size++;
        }

        /** Points in {@code [from, until)} of {@code scorer} ({@code own}) or of every other side. */
        long sum(long from, long until, int scorer, boolean own) {
            long total = 0;
            for (int k = 0; k < size; k++) {
                int i = (head + k) & (at.length - 1);
                if (at[i] >= from && at[i] < until && (side[i] == scorer) == own) {
                    total = Saturating.add(total, points[i]);
                }
            }
            return total;
        }

        private void grow() {
            int capacity = at.length << 1;
            long[] newAt = new long[capacity];
            long[] newPoints = new long[capacity];
            int[] newSide = new int[capacity];
            for (int k = 0; k < size; k++) {
                int i = (head + k) & (at.length - 1);
                newAt[k] = at[i];
                newPoints[k] = points[i];
                newSide[k] = side[i];
            }
            at = newAt;
            points = newPoints;
            side = newSide;
            head = 0;
        }
    }
}
