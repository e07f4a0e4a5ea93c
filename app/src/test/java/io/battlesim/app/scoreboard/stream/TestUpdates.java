package io.battlesim.app.scoreboard.stream;

import io.battlesim.app.battle.BattleUpdate;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;

/** Updates of one two-sided battle, made by the real engine. */
final class TestUpdates {

    static final String BATTLE = "b-1";
    static final long START = 1_763_780_000_000L;

    private final Battle battle = new Battle(BattleConfig.builder(BATTLE)
            .side(SideConfig.host("a", "Ava Sparks", "room-a", "host-a"))
            .side(SideConfig.host("b", "Leo Beats", "room-b", "host-b"))
            .build());
    private long sequence;
    private int gifts;

    TestUpdates() {
        battle.apply(new Start(START));
    }

    /** The scoreboard as it stands. */
    BattleUpdate.ScoreboardChanged scoreboard() {
        return new BattleUpdate.ScoreboardChanged(BATTLE, ++sequence, battle.snapshot());
    }

    /** A Corgi (299 coins) from {@code nickname} for side a: applied, then its alert. */
    BattleUpdate.GiftAlert gift(String nickname) {
        return gift(nickname, 299);
    }

    /** A gift worth {@code coins} from {@code nickname} for side a: applied, then its alert. */
    BattleUpdate.GiftAlert gift(String nickname, int coins) {
        gifts++;
        battle.apply(new GiftReceived(
                "m-" + gifts,
                "room-a",
                new Sender("u-" + gifts, "fan" + gifts, nickname),
                null,
                new Gift(6267, "Corgi", 2, coins),
                1,
                false,
                null,
                START + gifts));
        return new BattleUpdate.GiftAlert(BATTLE, ++sequence, "a", nickname, "Corgi", 6267, 1, coins, false, false);
    }

    /** Side b's creator uses a Boosting Glove: its scoreboard shows a multiplier. */
    BattleUpdate.ScoreboardChanged boostSideB() {
        battle.apply(new PowerUpTriggered(
                "boost-" + sequence, PowerUpKind.BOOSTING_GLOVE, "b", TriggeredBy.CREATOR, null, START + gifts + 1));
        return scoreboard();
    }

    BattleSnapshot snapshot() {
        return battle.snapshot();
    }
}
