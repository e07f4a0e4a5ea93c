package io.battlesim.app.battle;

import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.ChatSyntax;
import io.battlesim.engine.audience.GiftVotes;
import io.battlesim.engine.audience.LikeGoal;
import io.battlesim.engine.powerup.PowerUpKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The audience rules of a battle; every field falls back to the standard rules when absent.
 *
 * @param enabled whether viewers may vote
 * @param voteWindowSeconds the per-viewer window, 1 to 3,600 s (default 10)
 * @param votesPerWindow votes per viewer per window, 1 to 100 (default 1)
 * @param boosters the boosters viewers may fill with their goals (default: all four); an empty list offers none
 * @param chatCommands whether chat commands count (default true)
 * @param chatPrefix the command prefix (default {@code !})
 * @param voteWords the vote command's words (default vote, v)
 * @param boostWords the boost command's words (default boost, b)
 * @param hashtags whether {@code #side} anywhere in a comment votes (default true)
 * @param likeGoal likes per like goal, 0 for none (default 1,000)
 * @param likeGoalBooster the booster a full like goal fires (default BOOSTING_GLOVE)
 * @param coinsPerVote gift-weighted votes: coins per vote, 0 to switch them off (the default)
 * @param maxVotesPerGift the cap of votes per gift (default 10)
 */
@Schema(description = "Audience interaction; every field is optional (the standard rules fill the gaps)")
public record AudienceSettings(
        @Nullable Boolean enabled,
        @Nullable Long voteWindowSeconds,
        @Nullable Integer votesPerWindow,
        @Nullable List<Goal> boosters,
        @Nullable Boolean chatCommands,
        @Schema(example = "!") @Nullable String chatPrefix,
        @Nullable List<String> voteWords,
        @Nullable List<String> boostWords,
        @Nullable Boolean hashtags,
        @Nullable Long likeGoal,
        @Nullable PowerUpKind likeGoalBooster,
        @Nullable Long coinsPerVote,
        @Nullable Integer maxVotesPerGift) {

    /** The engine's rules; throws {@link IllegalArgumentException} naming the bad field. */
    public AudienceRules toRules() {
        AudienceRules standard = AudienceRules.standard();
        ChatSyntax syntax = ChatSyntax.standard();
        return new AudienceRules(
                enabled == null || enabled,
                voteWindowSeconds == null
                        ? standard.voteWindow()
                        : Duration.ofSeconds(Math.clamp(voteWindowSeconds, 0, 100_000)),
                votesPerWindow == null ? standard.votesPerWindow() : votesPerWindow,
                boosters == null ? standard.boosters() : goals(boosters),
                chatCommands == null || chatCommands,
                new ChatSyntax(
                        chatPrefix == null ? syntax.prefix() : chatPrefix,
                        voteWords == null ? syntax.voteWords() : voteWords,
                        boostWords == null ? syntax.boostWords() : boostWords,
                        hashtags == null || hashtags),
                likeGoal == null
                        ? standard.likeGoal()
                        : likeGoal == 0
                                ? null
                                : new LikeGoal(
                                        likeGoal,
                                        likeGoalBooster == null ? PowerUpKind.BOOSTING_GLOVE : likeGoalBooster),
                coinsPerVote == null || coinsPerVote == 0
                        ? null
                        : new GiftVotes(coinsPerVote, maxVotesPerGift == null ? 10 : maxVotesPerGift));
    }

    private static Map<PowerUpKind, BoosterGoal> goals(List<Goal> goals) {
        Map<PowerUpKind, BoosterGoal> map = new EnumMap<>(PowerUpKind.class);
        for (Goal goal : goals) {
            if (goal == null || goal.kind() == null) {
                throw new IllegalArgumentException("boosters: every goal needs a kind");
            }
            if (map.put(
                            goal.kind(),
                            new BoosterGoal(
                                    goal.threshold() == null ? 50 : goal.threshold(),
                                    Duration.ofSeconds(
                                            goal.cooldownSeconds() == null
                                                    ? 60
                                                    : Math.clamp(goal.cooldownSeconds(), -1, 100_000))))
                    != null) {
                throw new IllegalArgumentException("boosters: " + goal.kind() + " is listed twice");
            }
        }
        return map;
    }

    /**
     * A booster goal.
     *
     * @param kind the booster
     * @param threshold votes that fire it, 1 to 1,000,000 (default 50)
     * @param cooldownSeconds how long it takes no votes after it fired, 0 to 3,600 (default 60)
     */
    public record Goal(
            @Nullable PowerUpKind kind,
            @Nullable Integer threshold,
            @Nullable Long cooldownSeconds) {}
}
