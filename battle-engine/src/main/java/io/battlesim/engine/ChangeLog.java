package io.battlesim.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the changes of the event being applied; the common single change allocates no list buffer. */
final class ChangeLog {

    private @Nullable Change first;
    private final List<Change> more = new ArrayList<>();

    void add(Change change) {
        if (first == null) {
            first = change;
        } else {
            more.add(change);
        }
    }

    boolean isEmpty() {
        return first == null;
    }

    List<Change> drain() {
        Change head = first;
        if (head == null) {
            return List.of();
        }
        List<Change> result;
        if (more.isEmpty()) {
            result = List.of(head);
        } else {
            List<Change> all = new ArrayList<>(more.size() + 1);
            all.add(head);
            all.addAll(more);
            result = List.copyOf(all);
            more.clear();
        }
        first = null;
        return result;
    }
}
