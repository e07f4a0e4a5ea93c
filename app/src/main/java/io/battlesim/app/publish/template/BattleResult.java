package io.battlesim.app.publish.template;

import io.battlesim.app.battle.BattleView;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.scoring.Gifter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a post and a result card say about a finished battle. Labels and nicknames are untrusted text.
 *
 * @param title the battle's title
 * @param sides every side in configuration order
 * @param winnerLabel the winner's label, or null for a tie
 */
public record BattleResult(
        String title, List<Side> sides, @Nullable String winnerLabel) {

    /** Top gifters shown per side. */
    public static final int TOP_GIFTERS = 3;

    public BattleResult {
        Objects.requireNonNull(title, "title must not be null");
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a battle has at least two sides, got " + sides.size());
        }
    }

    /** One side: its label, final score and best gifters' nicknames, best first. */
    public record Side(String label, long score, List<String> topGifters) {
        public Side {
            Objects.requireNonNull(label, "label must not be null");
            topGifters = List.copyOf(topGifters);
        }
    }

    /** The result of a battle view (meant for ended battles). */
    public static BattleResult of(BattleView battle) {
        BattleSnapshot snapshot = battle.snapshot();
        List<Side> sides = snapshot.sides().stream()
                .map(side -> new Side(side.label(), side.score(), nicknames(side.topGifters())))
                .toList();
        BattleSnapshot.Side winner = snapshot.winner() == null ? null : snapshot.side(snapshot.winner());
        return new BattleResult(battle.title(), sides, winner == null ? null : winner.label());
    }

    /** Whether no single side won. */
    public boolean tie() {
        return winnerLabel == null;
    }

    private static List<String> nicknames(List<Gifter> gifters) {
        return gifters.stream().limit(TOP_GIFTERS).map(Gifter::nickname).toList();
    }
}
