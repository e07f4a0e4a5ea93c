package io.battlesim.engine;

import static io.battlesim.engine.BattleFixtures.oneVsOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.PowerUpRule;
import io.battlesim.engine.powerup.PowerUpRules;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BattleConfigTests {

    @Test
    void fillsTikTokLikeDefaults() {
        BattleConfig config = oneVsOne().build();

        assertThat(config.duration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.streakTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.snipeWindow()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.countedGiftId()).isNull();
        assertThat(config.likeScoring().enabled()).isFalse();
        assertThat(config.powerUps().rule(PowerUpKind.TIME_MAKER).maxUsesPerBattle())
                .isEqualTo(3);
        assertThat(config.powerUps().rule(PowerUpKind.BOOSTING_GLOVE).multiplier())
                .isEqualTo(2);
    }

    @Test
    void rejectsFewerThanTwoSides() {
        BattleConfig.Builder builder = BattleConfig.builder("b").side(SideConfig.host("A", "A", "room-a", "host-a"));

        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("two sides");
    }

    @Test
    void rejectsARoomOrReceiverOnTwoSides() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BattleConfig.builder("b")
                        .side(SideConfig.host("A", "A", "room-a", "host-a"))
                        .side(SideConfig.host("B", "B", "room-a", "host-b"))
                        .build())
                .withMessageContaining("room-a");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BattleConfig.builder("b")
                        .side(SideConfig.host("A", "A", "room-a", "host-a"))
                        .side(SideConfig.host("B", "B", "room-b", "host-b").withGuest("host-a"))
                        .build())
                .withMessageContaining("host-a");
    }

    @Test
    void rejectsDuplicateSideIdsAndEmptySides() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BattleConfig.builder("b")
                        .side(SideConfig.host("A", "A", "room-a", "host-a"))
                        .side(SideConfig.host("A", "B", "room-b", "host-b"))
                        .build());
        assertThatIllegalArgumentException().isThrownBy(() -> new SideConfig("A", "A", Set.of(), Set.of()));
    }

    @Test
    void rejectsNonPositiveDurations() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> oneVsOne().duration(Duration.ZERO).build());
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> oneVsOne().streakTimeout(Duration.ofSeconds(-1)).build());
        assertThatNullPointerException().isThrownBy(() -> oneVsOne().duration(null));
    }

    @Test
    void limitsTheGloveToTikToksFiveTimes() {
        assertThatIllegalArgumentException().isThrownBy(() -> PowerUpRule.boostingGlove(6));
        assertThat(PowerUpRule.boostingGlove(5).multiplier()).isEqualTo(5);
    }

    @Test
    void requiresARuleForEveryPowerUpKind() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PowerUpRules(Map.of(PowerUpKind.MAGIC_MIST, PowerUpRule.magicMist())))
                .withMessageContaining("BOOSTING_GLOVE");
    }
}
