package io.battlesim.app.scoreboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleUpdate;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import org.junit.jupiter.api.Test;

class ScoreboardViewsTests {

    private static final long START = 1_763_780_000_000L;

    private final Battle battle = new Battle(BattleConfig.builder("b")
            .side(SideConfig.host("a", "Ava", "room-a", "host-a"))
            .side(SideConfig.host("b", "Leo", "room-b", "host-b"))
            .build());

    @Test
    void showsScoresTimerAndTopGifters() {
        battle.apply(new Start(START));
        gift("room-a", "Fan", 299, START + 1000);

        ScoreboardView view = ScoreboardViews.scoreboard(battle.snapshot(), 300_000, START + 1500);

        assertThat(view.phase()).isEqualTo("LIVE");
        assertThat(view.side("a").score()).isEqualTo(299);
        assertThat(view.side("a").topGifters()).containsExactly(new ScoreboardView.GifterView("Fan", 299L));
        assertThat(view.leader()).isEqualTo("a");
        assertThat(view.timer().endsAt()).isEqualTo(START + 300_000);
        assertThat(view.timer().serverNow()).isEqualTo(START + 1500);
    }

    @Test
    void hidesAMistedSidesScoreAndItsSupportersCoins() {
        battle.apply(new Start(START));
        gift("room-a", "Fan", 299, START + 1000);
        battle.apply(new PowerUpTriggered("p1", PowerUpKind.MAGIC_MIST, "a", TriggeredBy.CREATOR, null, START + 2000));

        ScoreboardView.SideView side =
                ScoreboardViews.scoreboard(battle.snapshot(), 300_000, START).side("a");

        assertThat(side.hidden()).isTrue();
        assertThat(side.score()).isNull();
        assertThat(side.hiddenUntil()).isGreaterThan(START + 2000);
        assertThat(side.topGifters()).containsExactly(new ScoreboardView.GifterView("Fan", null));
    }

    @Test
    void showsAMultiplierWithItsEnd() {
        battle.apply(new Start(START));
        battle.apply(
                new PowerUpTriggered("p1", PowerUpKind.BOOSTING_GLOVE, "b", TriggeredBy.CREATOR, null, START + 10));

        ScoreboardView.SideView side =
                ScoreboardViews.scoreboard(battle.snapshot(), 300_000, START).side("b");

        assertThat(side.multiplier()).isGreaterThan(1);
        assertThat(side.multiplierUntil()).isGreaterThan(START + 10);
    }

    @Test
    void describesAGiftAlertWithItsIconAndTier() {
        GiftView gift = ScoreboardViews.gift(new BattleUpdate.GiftAlert(
                "b", 7, "a", "<img src=x onerror=alert(1)>", "Lion", 6466, 1, 29999, true, true));

        assertThat(gift.icon()).isEqualTo("/img/gifts/lion.svg");
        assertThat(gift.tier()).isEqualTo("huge");
        assertThat(gift.nickname()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(gift.inferred()).isTrue();
        assertThat(gift.snipe()).isTrue();
    }

    @Test
    void fallsBackToTheNameAndThenTheGenericIcon() {
        assertThat(GiftCatalogue.icon(1, "rose")).isEqualTo("/img/gifts/rose.svg");
        assertThat(GiftCatalogue.icon(1, "Mystery")).isEqualTo(GiftCatalogue.GENERIC_ICON);
    }

    @Test
    void ranksGiftsByCoins() {
        assertThat(GiftCatalogue.tier(1)).isEqualTo("small");
        assertThat(GiftCatalogue.tier(299)).isEqualTo("medium");
        assertThat(GiftCatalogue.tier(5000)).isEqualTo("big");
        assertThat(GiftCatalogue.tier(10000)).isEqualTo("huge");
    }

    private void gift(String room, String nickname, int coins, long at) {
        battle.apply(new GiftReceived(
                "m-" + at,
                room,
                new Sender("u-" + nickname, nickname.toLowerCase(), nickname),
                null,
                new Gift(6267, "Corgi", 2, coins),
                1,
                false,
                null,
                at));
    }
}
