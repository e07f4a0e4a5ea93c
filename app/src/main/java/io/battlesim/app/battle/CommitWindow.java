package io.battlesim.app.battle;

import io.battlesim.engine.Change;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The gifts a battle committed lately, for its win-probability model: the writer appends, the odds thread copies.
 * Bounded: past {@value #MAX} gifts the oldest go, and the window starts at the oldest kept, so the rate the model
 * fits stays the rate of what it sees.
 */
final class CommitWindow {

    static final int MAX = 20_000;

    private final ArrayDeque<Change.GiftCommitted> commits = new ArrayDeque<>();
    private long droppedUntil = Long.MIN_VALUE;
    private long total;

    /** Adds the committed gifts among an applied event's changes (on the writer). */
    synchronized void addAll(List<Change> changes) {
        for (Change change : changes) {
            if (change instanceof Change.GiftCommitted commit) {
                if (commits.size() == MAX) {
                    droppedUntil = commits.removeFirst().at();
                }
                commits.addLast(commit);
                total++;
            }
        }
    }

    synchronized void clear() {
        commits.clear();
        droppedUntil = Long.MIN_VALUE;
        total = 0;
    }

    /**
     * The gifts committed after the first {@code seen} ever added (those still held), and the running count to pass
     * next time.
     */
    synchronized Since since(long seen) {
        long first = total - commits.size();
        List<Change.GiftCommitted> added = commits.stream()
                .skip(Math.max(0, Math.min(seen, total) - first))
                .toList();
        return new Since(added, total);
    }

    /**
     * What was committed since a running count.
     *
     * @param commits the new gifts, oldest first
     * @param total the running count of every gift added so far
     */
    record Since(List<Change.GiftCommitted> commits, long total) {}

    /** What the window holds now, with the time it starts at (the battle's start when nothing was dropped). */
    synchronized Window copy(long startedAt) {
        return new Window(List.copyOf(commits), Math.max(startedAt, droppedUntil));
    }

    /**
     * A copy of the window.
     *
     * @param commits the gifts, oldest first
     * @param from when the window starts, epoch ms
     */
    record Window(List<Change.GiftCommitted> commits, long from) {}
}
