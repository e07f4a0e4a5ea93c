package io.battlesim.app.scoreboard.web;

import io.battlesim.app.audience.BoosterNames;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.ChatSyntax;
import io.battlesim.engine.audience.GiftVotes;
import io.battlesim.engine.audience.LikeGoal;
import io.battlesim.engine.powerup.PowerUpKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * Checks the audience settings of the start form ({@link AudienceForm}) with one plain message per field, and turns
 * them into the battle's {@link AudienceRules}. Numbers are checked whether voting is on or off (the creator may
 * switch it on during the battle with these settings); only with voting on must the boosters offered to viewers be
 * among the boosters viewers may trigger, with it off the others are left out.
 */
final class AudienceSetups {

    private static final int MAX_SECONDS = 3_600;

    /** The range of each number, in words; also the message for a value that is no number at all. */
    private static final Map<String, String> RANGES = Map.of(
            "votesPerWindow", "Votes per viewer go from 1 to 100 per window.",
            "voteWindowSeconds", "The window lasts from 1 to 3,600 seconds.",
            "threshold", "A goal takes from 1 to 1,000,000 votes.",
            "cooldownSeconds", "The cool-down lasts from 0 to 3,600 seconds.",
            "likeGoal", "The like goal goes from 0 (none) to 100,000,000 likes.",
            "coinsPerVote", "One vote costs from 1 to 1,000,000 coins.",
            "maxVotesPerGift", "One gift casts from 1 to 1,000 votes.");

    private AudienceSetups() {}

    /** Records a message on each audience field (paths {@code audience.…}) that is out of range or not allowed. */
    static void check(AudienceForm form, Set<PowerUpKind> allowed, Errors errors) {
        range(errors, "votesPerWindow", form.getVotesPerWindow(), 1, AudienceRules.MAX_VOTES_PER_WINDOW);
        range(errors, "voteWindowSeconds", form.getVoteWindowSeconds(), 1, MAX_SECONDS);
        for (int i = 0; i < form.getBoosters().size(); i++) {
            AudienceForm.GoalForm goal = form.getBoosters().get(i);
            String path = "boosters[" + i + "].";
            range(errors, path + "threshold", goal.getThreshold(), 1, BoosterGoal.MAX_THRESHOLD);
            range(errors, path + "cooldownSeconds", goal.getCooldownSeconds(), 0, MAX_SECONDS);
            if (form.isEnabled() && goal.isOffered() && !allowed.contains(goal.getKind())) {
                errors.rejectValue("audience." + path + "offered", "notAllowed", notAllowed(goal.getKind()));
            }
        }
        range(errors, "likeGoal", form.getLikeGoal(), 0, LikeGoal.MAX_LIKES);
        PowerUpKind likeBooster = form.getLikeGoalBooster();
        if (form.getLikeGoal() > 0) {
            if (likeBooster == null) {
                errors.rejectValue("audience.likeGoalBooster", "required", "Pick the booster a full like goal fires.");
            } else if (form.isEnabled() && !allowed.contains(likeBooster)) {
                errors.rejectValue(
                        "audience.likeGoalBooster",
                        "notAllowed",
                        BoosterNames.name(likeBooster) + " is not among the boosters viewers may trigger: pick another"
                                + " booster, or set the like goal to 0.");
            }
        }
        if (form.isGiftVotes()) {
            range(errors, "coinsPerVote", form.getCoinsPerVote(), 1, 1_000_000);
            range(errors, "maxVotesPerGift", form.getMaxVotesPerGift(), 1, 1_000);
        }
    }

    /**
     * The rules of a form {@link #check} found nothing wrong with; boosters viewers may not trigger are left out
     * (only possible with voting off).
     */
    static AudienceRules rules(AudienceForm form, Set<PowerUpKind> allowed) {
        Map<PowerUpKind, BoosterGoal> goals = new EnumMap<>(PowerUpKind.class);
        for (AudienceForm.GoalForm goal : form.getBoosters()) {
            if (goal.isOffered() && allowed.contains(goal.getKind())) {
                goals.put(
                        goal.getKind(),
                        new BoosterGoal(goal.getThreshold(), Duration.ofSeconds(goal.getCooldownSeconds())));
            }
        }
        PowerUpKind likeBooster = form.getLikeGoalBooster();
        LikeGoal likes = form.getLikeGoal() == 0 || likeBooster == null || !allowed.contains(likeBooster)
                ? null
                : new LikeGoal(form.getLikeGoal(), likeBooster);
        GiftVotes gifts = form.isGiftVotes() ? new GiftVotes(form.getCoinsPerVote(), form.getMaxVotesPerGift()) : null;
        return new AudienceRules(
                form.isEnabled(),
                Duration.ofSeconds(form.getVoteWindowSeconds()),
                form.getVotesPerWindow(),
                goals,
                form.isChatCommands(),
                ChatSyntax.standard(),
                likes,
                gifts);
    }

    /**
     * The message for an audience field whose text is no value of its type ({@code audience.likeGoal=abc}), in
     * the same words as its range; Spring's own would name Java types.
     */
    static String notAValue(String field) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        String range = RANGES.get(name);
        if (range != null) {
            return "Enter a whole number. " + range;
        }
        return name.equals("likeGoalBooster") ? "Pick the like goal's booster from the list." : "Tick the box or not.";
    }

    private static void range(Errors errors, String field, long value, long min, long max) {
        if (value < min || value > max) {
            errors.rejectValue("audience." + field, "range", RANGES.get(field.substring(field.lastIndexOf('.') + 1)));
        }
    }

    private static String notAllowed(PowerUpKind kind) {
        return BoosterNames.name(kind)
                + " is not among the boosters viewers may trigger: tick it there, or don't offer it to the"
                + " audience.";
    }
}
