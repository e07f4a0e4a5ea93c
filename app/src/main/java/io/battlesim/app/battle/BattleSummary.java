package io.battlesim.app.battle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A finished battle for the history, as saved when it ended.
 *
 * @param id the battle's id
 * @param title its title, untrusted text
 * @param startedAt when it started
 * @param endedAt when it ended, or null if unknown
 * @param durationSeconds how long it ran
 * @param sides each side's result, in configuration order
 * @param winnerLabel the winning side's label, or null for a tie
 * @param tie whether two or more sides shared the top score
 */
public record BattleSummary(
        String id,
        String title,
        Instant startedAt,
        @Nullable Instant endedAt,
        long durationSeconds,
        List<SideResult> sides,
        @Nullable String winnerLabel,
        boolean tie) {

    public BattleSummary {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(startedAt, "startedAt must not be null");
        sides = List.copyOf(Objects.requireNonNull(sides, "sides must not be null"));
    }
}
