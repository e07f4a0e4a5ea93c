package io.battlesim.engine.scoring;

import io.battlesim.engine.event.Sender;

/** A mutable running total for one viewer on one side. */
final class Contribution {

    final long firstSeen;
    /** The viewer's id as a string of our own, kept near the totals (see {@link Contributions}). */
    final String userId;

    final int hash;
    Sender sender;
    long points;
    long coins;
    int gifts;
    long likes;

    Contribution(Sender sender, int hash, long firstSeen) {
        this.sender = sender;
        this.userId = new String(sender.userId().toCharArray());
        this.hash = hash;
        this.firstSeen = firstSeen;
    }

    /** Higher points first, then more coins, then whoever contributed first. */
    boolean ranksAbove(Contribution other) {
        if (points != other.points) {
            return points > other.points;
        }
        if (coins != other.coins) {
            return coins > other.coins;
        }
        return firstSeen < other.firstSeen;
    }

    Gifter view() {
        return new Gifter(sender.userId(), sender.uniqueId(), sender.nickname(), points, coins, gifts, likes);
    }
}
