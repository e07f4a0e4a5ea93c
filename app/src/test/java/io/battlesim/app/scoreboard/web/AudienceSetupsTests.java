package io.battlesim.app.scoreboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.GiftVotes;
import io.battlesim.engine.audience.LikeGoal;
import io.battlesim.engine.powerup.PowerUpKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class AudienceSetupsTests {

    private static final Set<PowerUpKind> ALL = EnumSet.allOf(PowerUpKind.class);

    @Test
    void fillsANewFormWithTheStandardRulesSwitchedOff() {
        AudienceForm form = new AudienceForm();

        assertThat(form.isEnabled()).isFalse();
        assertThat(AudienceSetups.rules(form, ALL)).isEqualTo(AudienceRules.off());
    }

    @Test
    void turnsTheSettingsIntoTheRulesAndBack() {
        BattleForm battle = new BattleForm();
        AudienceForm form = battle.getAudience();
        form.setEnabled(true);
        form.setVotesPerWindow(3);
        form.setVoteWindowSeconds(30);
        form.getBoosters().get(0).setThreshold(20);
        form.getBoosters().get(0).setCooldownSeconds(0);
        form.getBoosters().get(2).setOffered(false);
        form.setLikeGoal(500);
        form.setLikeGoalBooster(PowerUpKind.TIME_MAKER);
        form.setChatCommands(false);
        form.setGiftVotes(true);
        form.setCoinsPerVote(5);
        form.setMaxVotesPerGift(3);

        Errors errors = new BeanPropertyBindingResult(battle, "battleForm");
        AudienceSetups.check(form, ALL, errors);
        AudienceRules rules = AudienceSetups.rules(form, ALL);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(rules.enabled()).isTrue();
        assertThat(rules.voteWindow()).isEqualTo(Duration.ofSeconds(30));
        assertThat(rules.votesPerWindow()).isEqualTo(3);
        assertThat(rules.boosters())
                .containsOnlyKeys(PowerUpKind.BOOSTING_GLOVE, PowerUpKind.MAGIC_MIST, PowerUpKind.TIME_MAKER)
                .containsEntry(PowerUpKind.BOOSTING_GLOVE, new BoosterGoal(20, Duration.ZERO));
        assertThat(rules.likeGoal()).isEqualTo(new LikeGoal(500, PowerUpKind.TIME_MAKER));
        assertThat(rules.chatCommands()).isFalse();
        assertThat(rules.giftVotes()).isEqualTo(new GiftVotes(5, 3));
        assertThat(AudienceSetups.rules(AudienceForm.of(rules), ALL)).isEqualTo(rules);
    }

    @Test
    void namesEachNumberOutOfRangeAndEachBoosterViewersMayNotTrigger() {
        BattleForm battle = new BattleForm();
        AudienceForm form = battle.getAudience();
        form.setEnabled(true);
        form.setVotesPerWindow(0);
        form.setVoteWindowSeconds(3_601);
        form.getBoosters().get(1).setThreshold(0);
        form.getBoosters().get(3).setCooldownSeconds(-1);
        form.setLikeGoal(LikeGoal.MAX_LIKES + 1);
        form.setGiftVotes(true);
        form.setCoinsPerVote(0);
        form.setMaxVotesPerGift(1_001);
        Errors errors = new BeanPropertyBindingResult(battle, "battleForm");

        AudienceSetups.check(form, EnumSet.of(PowerUpKind.BOOSTING_GLOVE, PowerUpKind.MAGIC_MIST), errors);

        assertThat(errors.getFieldErrors())
                .extracting(error -> Map.entry(error.getField(), String.valueOf(error.getDefaultMessage())))
                .contains(
                        Map.entry("audience.votesPerWindow", "Votes per viewer go from 1 to 100 per window."),
                        Map.entry("audience.voteWindowSeconds", "The window lasts from 1 to 3,600 seconds."),
                        Map.entry("audience.boosters[1].threshold", "A goal takes from 1 to 1,000,000 votes."),
                        Map.entry(
                                "audience.boosters[3].cooldownSeconds", "The cool-down lasts from 0 to 3,600 seconds."),
                        Map.entry("audience.likeGoal", "The like goal goes from 0 (none) to 100,000,000 likes."),
                        Map.entry("audience.coinsPerVote", "One vote costs from 1 to 1,000,000 coins."),
                        Map.entry("audience.maxVotesPerGift", "One gift casts from 1 to 1,000 votes."))
                .contains(Map.entry(
                        "audience.boosters[2].offered",
                        "Stun Hammer is not among the boosters viewers may trigger: tick it there, or don't offer it"
                                + " to the audience."))
                .extracting(Map.Entry::getKey)
                .doesNotContain("audience.boosters[0].offered", "audience.boosters[1].offered");
    }

    @Test
    void leavesOutTheBoostersViewersMayNotTriggerWhileVotingIsOff() {
        BattleForm battle = new BattleForm();
        Set<PowerUpKind> glove = EnumSet.of(PowerUpKind.BOOSTING_GLOVE);
        Errors errors = new BeanPropertyBindingResult(battle, "battleForm");

        AudienceSetups.check(battle.getAudience(), glove, errors);
        AudienceRules rules = AudienceSetups.rules(battle.getAudience(), glove);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(rules.enabled()).isFalse();
        assertThat(rules.boosters()).containsOnlyKeys(PowerUpKind.BOOSTING_GLOVE);
        assertThat(rules.likeGoal()).isEqualTo(new LikeGoal(1_000, PowerUpKind.BOOSTING_GLOVE));
        assertThat(AudienceSetups.rules(battle.getAudience(), EnumSet.of(PowerUpKind.TIME_MAKER))
                        .likeGoal())
                .isNull();
    }

    @Test
    void saysWhatAFieldNeedsWhenItsTextIsNoValueWithoutNamingJavaTypes() {
        assertThat(AudienceSetups.notAValue("audience.boosters[2].threshold"))
                .isEqualTo("Enter a whole number. A goal takes from 1 to 1,000,000 votes.");
        assertThat(AudienceSetups.notAValue("audience.likeGoalBooster"))
                .isEqualTo("Pick the like goal's booster from the list.");
        assertThat(AudienceSetups.notAValue("audience.giftVotes")).isEqualTo("Tick the box or not.");
    }

    @Test
    void offersALikeGoalBoosterTheControllerMayPickWhenTheGoalIsOff() {
        AudienceForm form = AudienceForm.of(new AudienceRules(
                true,
                Duration.ofSeconds(10),
                1,
                Map.of(),
                true,
                AudienceRules.standard().chatSyntax(),
                null,
                null));

        assertThat(form.offering(EnumSet.of(PowerUpKind.STUN_HAMMER, PowerUpKind.TIME_MAKER))
                        .getLikeGoalBooster())
                .isEqualTo(PowerUpKind.STUN_HAMMER);
    }
}
