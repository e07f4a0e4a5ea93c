package io.battlesim.engine.scoring;

import io.battlesim.engine.event.Sender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The contributions of every viewer to one side, ranked on demand. Engine-internal and not thread-safe. */
public final class Contributions {

    private final Map<String, Contribution> byUserId = new HashMap<>();
    private long nextSeen;

    /** Credits a committed gift to its sender. */
    public void addGift(Sender sender, long coins, long points) {
        Contribution c = of(sender);
        c.coins += coins;
        c.points += points;
        c.gifts++;
    }

    /** Credits likes (and any points they scored) to their sender. */
    public void addLikes(Sender sender, int likes, long points) {
        Contribution c = of(sender);
        c.likes += likes;
        c.points += points;
    }

    /** How many viewers contributed. */
    public int size() {
        return byUserId.size();
    }

    /** The best {@code limit} contributors, best first (points, then coins, then earliest). */
    public List<Gifter> top(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Contribution[] best = new Contribution[Math.min(limit, byUserId.size())];
        int filled = 0;
        for (Contribution c : byUserId.values()) {
            filled = insert(best, filled, c);
        }
        List<Gifter> result = new ArrayList<>(filled);
        for (int i = 0; i < filled; i++) {
            result.add(best[i].view());
        }
        return List.copyOf(result);
    }

    /** Every contributor, best first. */
    public List<Gifter> all() {
        return top(byUserId.size());
    }

    private Contribution of(Sender sender) {
        Objects.requireNonNull(sender, "sender must not be null");
        Contribution c = byUserId.get(sender.userId());
        if (c == null) {
            c = new Contribution(sender, nextSeen++);
            byUserId.put(sender.userId(), c);
        } else if (c.sender != sender) {
            c.sender = sender;
        }
        return c;
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
