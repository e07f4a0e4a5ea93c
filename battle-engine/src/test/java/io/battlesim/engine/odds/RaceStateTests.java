package io.battlesim.engine.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

class RaceStateTests {

    private static final long T0 = 1_700_000_000_000L;
    private static final Sender VIEWER = new Sender("1", "viewer", "Viewer");
    private static final Gift ROSE = new Gift(5655, "Rose", 1, 1);
    private static final Gift GALAXY = new Gift(11046, "Galaxy", 2, 1000);

    @Test
    void readsScoresTimeBoostersFreezesAndPendingStreaksFromASnapshot() {
        Battle battle = new Battle(BattleConfig.builder("b")
                .side(SideConfig.host("A", "Ava", "room-a", "host-a"))
                .side(SideConfig.host("B", "Leo", "room-b", "host-b"))
                .side(SideConfig.host("C", "Mia", "room-c", "host-c"))
                .build());
        battle.apply(new Start(T0));
        battle.apply(gift("g1", "room-a", GALAXY, 1, true, 10));
        battle.apply(new PowerUpTriggered("p1", PowerUpKind.BOOSTING_GLOVE, "A", TriggeredBy.CREATOR, "c", at(20)));
        battle.apply(new PowerUpTriggered("p2", PowerUpKind.STUN_HAMMER, "C", TriggeredBy.CREATOR, "c", at(25)));
        battle.apply(gift("g2", "room-c", ROSE, 7, false, 30));

        RaceState race = RaceState.of(battle.snapshot());

        assertThat(race.remainingMillis()).isEqualTo(270_000);
        assertThat(race.scores()).containsExactly(1_000, 0, 0);
        assertThat(race.multipliers()).containsExactly(2, 1, 1);
        assertThat(race.multiplierUntil()).containsExactly(20_000, 0, 0);
        assertThat(race.frozenFor()).containsExactly(25_000, 25_000, 0);
        assertThat(race.pendingCoins()).containsExactly(0, 0, 7);
    }

    @Test
    void addsCoinsWithoutChangingTheOriginal() {
        RaceState race = RaceState.level(10_000, 5, 6);

        RaceState more = race.withAddedCoins(1, 99).withAddedCoins(1, 1);

        assertThat(more.pendingCoins()).containsExactly(0, 100);
        assertThat(race.pendingCoins()).containsExactly(0, 0);
        assertThat(more)
                .isNotEqualTo(race)
                .isEqualTo(RaceState.level(10_000, 5, 6).withAddedCoins(1, 100));
    }

    @Test
    void splitsTheTimeLeftIntoFrozenBoostedAndPlainStretches() {
        RaceState race = new RaceState(
                60_000,
                new long[] {0, 0},
                new int[] {3, 2},
                new long[] {40_000, 90_000},
                new long[] {10_000, 0},
                new long[2]);

        assertThat(race.boostedMillis(0)).isEqualTo(30_000);
        assertThat(race.plainMillis(0)).isEqualTo(20_000);
        assertThat(race.boostedMillis(1)).isEqualTo(60_000);
        assertThat(race.plainMillis(1)).isZero();
    }

    @Test
    void refusesInconsistentArrays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RaceState(0, new long[2], new int[] {1}, new long[2], new long[2], new long[2]));
        assertThatIllegalArgumentException().isThrownBy(() -> RaceState.level(0, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> RaceState.level(-1, 5, 5));
    }

    private static GiftReceived gift(String id, String room, Gift gift, int count, boolean end, double seconds) {
        return new GiftReceived(id, room, VIEWER, null, gift, count, end, null, at(seconds));
    }

    private static long at(double seconds) {
        return T0 + Math.round(seconds * 1000);
    }
}
