package io.battlesim.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.PowerUpRule;
import io.battlesim.engine.powerup.PowerUpRules;
import io.battlesim.engine.powerup.TriggeredBy;
import org.junit.jupiter.api.Test;

class ActionsTests {

    private static final CatalogueGift ROSE = GiftCatalogue.ROSE;
    private static final CatalogueGift GALAXY = GiftCatalogue.byName("Galaxy");

    @Test
    void paysForAGiftFromTheWallet() {
        Seen.Purse purse = Seen.purse(2_000);

        assertThat(purse.actions().give(GALAXY, 1)).isTrue();
        assertThat(purse.actions().give(ROSE, 10)).isTrue();

        assertThat(purse.wallet().spent()).isEqualTo(1_010);
        assertThat(purse.wallet().remaining()).isEqualTo(990);
        assertThat(purse.actions().orders()).containsExactly(new Order.Give(GALAXY, 1), new Order.Give(ROSE, 10));
    }

    @Test
    void refusesAGiftTheWalletCannotCover() {
        Seen.Purse purse = Seen.purse(999);

        assertThat(purse.actions().give(GALAXY, 1)).isFalse();
        assertThat(purse.actions().give(ROSE, 1_000)).isFalse();

        assertThat(purse.wallet().spent()).isZero();
        assertThat(purse.actions().orders()).isEmpty();
    }

    @Test
    void spendsTheBudgetToTheLastCoinAndNoFurther() {
        Seen.Purse purse = Seen.purse(5);

        assertThat(purse.actions().give(ROSE, 5)).isTrue();

        assertThat(purse.actions().give(ROSE, 1)).isFalse();
        assertThat(purse.wallet().remaining()).isZero();
    }

    @Test
    void paysForABoosterOncePerWindow() {
        Seen.Purse purse = Seen.purse(10_000);
        purse.actions().begin(1_000);

        assertThat(purse.actions().boost(PowerUpKind.BOOSTING_GLOVE)).isTrue();
        assertThat(purse.actions().mayBoost(PowerUpKind.BOOSTING_GLOVE)).isFalse();
        assertThat(purse.wallet().spent()).isEqualTo(GiftCatalogue.boosterPrice(PowerUpKind.BOOSTING_GLOVE));

        purse.actions().begin(61_000);
        assertThat(purse.actions().mayBoost(PowerUpKind.BOOSTING_GLOVE)).isTrue();
    }

    @Test
    void asksForNoBoosterTheRulesKeepFromAgents() {
        Wallet wallet = new Wallet(10_000);
        PowerUpRules rules = PowerUpRules.standard()
                .with(PowerUpKind.BOOSTING_GLOVE, PowerUpRule.boostingGlove(2).allowing(TriggeredBy.CREATOR))
                .with(PowerUpKind.MAGIC_MIST, PowerUpRule.disabled());
        Actions actions = new Actions(wallet, rules);

        assertThat(actions.boost(PowerUpKind.BOOSTING_GLOVE)).isFalse();
        assertThat(actions.boost(PowerUpKind.MAGIC_MIST)).isFalse();
        assertThat(wallet.spent()).isZero();
    }

    @Test
    void asksForNoBoosterItCannotAfford() {
        Seen.Purse purse = Seen.purse(100);

        assertThat(purse.actions().boost(PowerUpKind.STUN_HAMMER)).isFalse();
        assertThat(purse.wallet().spent()).isZero();
    }
}
