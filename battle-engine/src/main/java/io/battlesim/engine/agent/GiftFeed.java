package io.battlesim.engine.agent;

import io.battlesim.engine.agent.Observation.FeedItem;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The gift feed viewers see: the last {@value #CAPACITY} committed gifts of the last {@value #WINDOW_MILLIS} ms,
 * oldest first. Feed it every commit, in commit order; {@link #before} hands out immutable views that share the
 * feed's storage (gifts are only ever appended, so a view never changes), which an {@link Observation} keeps without
 * copying. The same view is handed out until the feed changes, so a quiet step costs nothing. Not thread-safe.
 */
public final class GiftFeed {

    /** How far back the feed reaches. */
    public static final long WINDOW_MILLIS = 30_000;

    /** The most gifts the feed shows. */
    public static final int CAPACITY = 64;

    private static final int STORAGE = 4 * CAPACITY;

    private FeedItem[] items = new FeedItem[STORAGE];
    private int start;
    private int count;
    private List<FeedItem> last = List.of();

    /** Adds a committed gift; must not be null. */
    public void add(FeedItem item) {
        Objects.requireNonNull(item, "item must not be null");
        if (count == items.length) {
            FeedItem[] fresh = new FeedItem[STORAGE];
            int kept = Math.min(count - start, CAPACITY);
            System.arraycopy(items, count - kept, fresh, 0, kept);
            items = fresh;
            start = 0;
            count = kept;
        }
        items[count++] = item;
        start = Math.max(start, count - CAPACITY);
    }

    /** The feed as it shows at {@code at}: gifts committed in the window before it, oldest first; never null. */
    public List<FeedItem> before(long at) {
        while (start < count && items[start].at() < at - WINDOW_MILLIS) {
            start++;
        }
        int to = count;
        while (to > start && items[to - 1].at() >= at) {
            to--;
        }
        List<FeedItem> view = last;
        if (!(view instanceof View same && same.items == items && same.from == start && same.to == to)) {
            view = start == to ? List.of() : new View(items, start, to);
            last = view;
        }
        return view;
    }

    /** A read-only range of the append-only storage: immutable, since those slots are never written again. */
    static final class View extends AbstractList<FeedItem> implements RandomAccess {

        private final FeedItem[] items;
        private final int from;
        private final int to;

        View(FeedItem[] items, int from, int to) {
            this.items = items;
            this.from = from;
            this.to = to;
        }

        @Override
        public FeedItem get(int index) {
            Objects.checkIndex(index, to - from);
            return items[from + index];
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
