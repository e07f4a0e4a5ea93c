package io.battlesim.app.scoreboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.powerup.PowerUpKind;
import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class BattleFormTests {

    @Test
    void ignoresTheEmptyBoosterAFormBindsAsNull() { // GH-10
        var kinds = new HashSet<PowerUpKind>(Arrays.asList(PowerUpKind.TIME_MAKER, null));
        var form = new BattleForm();

        form.setAudiencePowerUps(kinds);

        assertThat(form.getAudiencePowerUps()).containsExactly(PowerUpKind.TIME_MAKER);
    }

    @Test
    void namesEveryFieldThePageHasAndNoIndexBeyondTheLimits() { // GH-10
        assertThat(BattleForm.fieldNames())
                .contains("title", "source", "sides[0].label", "sides[3].creators[3]")
                .contains("audience.enabled", "audience.boosters[3].cooldownSeconds", "audience.maxVotesPerGift")
                .doesNotContain("sides[4].label", "sides[0].creators[4]", "add", "audience.boosters[4].offered")
                .hasSize(6 + BattleForm.MAX_SIDES * (1 + BattleForm.MAX_CREATORS) + 9 + 4 * 3);
    }
}
