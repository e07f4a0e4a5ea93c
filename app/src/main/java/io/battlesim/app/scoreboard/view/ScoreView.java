package io.battlesim.app.scoreboard.view;

import io.battlesim.app.audience.AudienceView;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The moving part of a scoreboard: the {@code data} of a {@code score} event. A busy battle sends these between
 * two full scoreboards (which carry everything else: top gifters, snipes, timer, power-ups); clients apply one
 * to the scoreboard they show when its version is newer.
 *
 * @param version the battle's version, as in {@link ScoreboardView#version()}
 * @param leader the side ahead, or null
 * @param pendingStreaks streaks still being tapped
 * @param sides every side's score, in configuration order
 * @param audience the audience's votes and goals without the rules (they move as fast as scores), or null when
 *     audience interaction is off and nobody voted
 */
public record ScoreView(
        long version,
        @Nullable String leader,
        int pendingStreaks,
        List<SideScore> sides,
        @Nullable AudienceView audience) {

    /**
     * One side's score.
     *
     * @param id the side's id
     * @param score its score, or null while hidden by Magic Mist
     */
    public record SideScore(String id, @Nullable Long score) {}

    /** The scores of a full scoreboard (a misted side's score stays null). */
    public static ScoreView of(ScoreboardView view) {
        return new ScoreView(
                view.version(),
                view.leader(),
                view.pendingStreaks(),
                view.sides().stream()
                        .map(side -> new SideScore(side.id(), side.score()))
                        .toList(),
                view.audience().active() ? view.audience().moving() : null);
    }

    /**
     * Whether {@code next} differs from {@code shown} only in what a score event carries (scores, leader, pending
     * streaks) and what may wait for the next full scoreboard (top gifters, snipes, lead changes, the timer's
     * remaining time): the phase, the end time, the winner and every side's boosters are the same.
     */
    public static boolean onlyScoresMoved(ScoreboardView shown, ScoreboardView next) {
        if (!shown.phase().equals(next.phase())
                || !Objects.equals(shown.timer().startedAt(), next.timer().startedAt())
                || !Objects.equals(shown.timer().endsAt(), next.timer().endsAt())
                || !Objects.equals(shown.winner(), next.winner())
                || shown.tie() != next.tie()
                || shown.sides().size() != next.sides().size()
                || !Objects.equals(shown.audience().lastFired(), next.audience().lastFired())
                || !Objects.equals(shown.audience().rules(), next.audience().rules())
                || shown.audience().enabled() != next.audience().enabled()) {
            return false;
        }
        for (int i = 0; i < shown.sides().size(); i++) {
            if (!sameBoosters(shown.sides().get(i), next.sides().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBoosters(ScoreboardView.SideView a, ScoreboardView.SideView b) {
        return a.id().equals(b.id())
                && a.label().equals(b.label())
                && a.multiplier() == b.multiplier()
                && Objects.equals(a.multiplierUntil(), b.multiplierUntil())
                && a.frozen() == b.frozen()
                && Objects.equals(a.frozenUntil(), b.frozenUntil())
                && a.hidden() == b.hidden()
                && Objects.equals(a.hiddenUntil(), b.hiddenUntil());
    }
}
