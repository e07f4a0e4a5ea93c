package io.battlesim.engine.scoring;

import io.battlesim.engine.event.Sender;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The contributions of every viewer to one side, ranked on demand. An open-addressing table of the running totals
 * themselves finds a viewer: each total keeps its own copy of the user id, so a lookup compares the event's
 * (cold, freshly parsed) id with one close at hand, and no map node stands in between. Engine-internal and not
 * thread-safe.
 */
public final class Contributions {

    private Contribution[] slots = new Contribution[64];
    private int size;

    /** Credits a committed gift to its sender. */
    public void addGift(Sender sender, long coins, long points) {
        Contribution c = of(sender);
        c.coins = Saturating.add(c.coins, coins);
        c.points = Saturating.add(c.points, points);
        c.gifts = Saturating.increment(c.gifts);
    }

    /** Credits likes (and any points they scored) to their sender. */
    public void addLikes(Sender sender, int likes, long points) {
        Contribution c = of(sender);
        c.likes = Saturating.add(c.likes, likes);
        c.points = Saturating.add(c.points, points);
    }

    /** How many viewers contributed. */
    public int size() {
        return size;
    }

    /** The best {@code limit} contributors, best first (points, then coins, then earliest). */
    public List<Gifter> top(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Contribution[] best = new Contribution[Math.min(limit, size)];
        int filled = 0;
        for (Contribution c : slots) {
            if (c != null) {
                filled = insert(best, filled, c);
            }
        }
        List<Gifter> result = new ArrayList<>(filled);
        for (int i = 0; i < filled; i++) {
            result.add(best[i].view());
        }
        return List.copyOf(result);
    }

    /** Every contributor, best first. */
    public List<Gifter> all() {
        return top(size);
    }

    private Contribution of(Sender sender) {
        Objects.requireNonNull(sender, "sender must not be null");
        String userId = sender.userId();
        int hash = spread(userId.hashCode());
        int mask = slots.length - 1;
        int i = hash & mask;
        for (Contribution c = slots[i]; c != null; c = slots[i]) {
            if (c.hash == hash && c.userId.equals(userId)) {
                if (c.sender != sender) {
                    c.sender = sender;
                }
                return c;
            }
            i = (i + 1) & mask;
        }
        Contribution c = new Contribution(sender, hash, size);
        slots[i] = c;
        if (++size * 2 > slots.length) {
            grow();
        }
        return c;
    }

    private void grow() {
        Contribution[] bigger = new Contribution[slots.length << 1];
        int mask = bigger.length - 1;
        for (Contribution c : slots) {
            if (c != null) {
                int i = c.hash & mask;
                while (bigger[i] != null) {
                    i = (i + 1) & mask;
                }
                bigger[i] = c;
            }
        }
        slots = bigger;
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** Keeps {@code best[0..filled)} sorted; returns the new fill. */
    private static int insert(Contribution[] best, int filled, Contribution candidate) {
        if (best.length == 0) {
            return 0;
        }
        if (filled == best.length && !candidate.ranksAbove(best[filled - 1])) {
            return filled;
        }
        int i = filled == best.length ? filled - 1 : filled;
        while (i > 0 && candidate.ranksAbove(best[i - 1])) {
            best[i] = best[i - 1];
            i--;
        }
        best[i] = candidate;
        return Math.min(filled + 1, best.length);
    }
}
