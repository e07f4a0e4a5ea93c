package io.battlesim.app.leaderboard;

import java.util.Set;

/**
 * Published after new tallies reached the boards.
 *
 * @param battles battles whose own board changed
 * @param creators creators whose board changed
 */
public record LeaderboardsChanged(Set<String> battles, Set<String> creators) {

    public LeaderboardsChanged {
        battles = Set.copyOf(battles);
        creators = Set.copyOf(creators);
    }
}
