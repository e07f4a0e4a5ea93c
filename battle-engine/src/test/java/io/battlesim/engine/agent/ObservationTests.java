package io.battlesim.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Phase;
import io.battlesim.engine.agent.Observation.FeedItem;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import io.battlesim.engine.sim.SimFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationTests {

    private static final long T0 = 1_000_000;
    private static final Gift GALAXY = new Gift(11046, "Galaxy", 2, 1000);
    private static final Sender FAN = new Sender("1", "fan", "Fan");

    @Test
    void showsEverySideScoreAndTheTimer() {
        Battle battle = battleWithGalaxies();

        Observation seen = Observation.of(battle.snapshot(), 0, List.of(), T0 + 20_000);

        assertThat(seen.sides()).extracting(Observation.SideSeen::score).containsExactly(1_000L, 2_000L);
        assertThat(seen.remainingMillis()).isEqualTo(280_000);
        assertThat(seen.elapsedMillis()).isEqualTo(20_000);
        assertThat(seen.phase()).isEqualTo(Phase.LIVE);
        assertThat(seen.bestOpponentScore()).isEqualTo(2_000);
        assertThat(seen.running()).isTrue();
    }

    @Test
    void hidesAMistedOpponentsScoreAndItsGiftsSinceTheMist() {
        Battle battle = battleWithGalaxies();
        battle.apply(new PowerUpTriggered("mist", PowerUpKind.MAGIC_MIST, "B", TriggeredBy.CREATOR, null, T0 + 12_000));
        battle.apply(gift("b3", "room-b", T0 + 14_000));
        List<FeedItem> feed = List.of(
                new FeedItem("A", 1_000, T0 + 5_000),
                new FeedItem("B", 1_000, T0 + 6_000),
                new FeedItem("B", 1_000, T0 + 14_000));
        BattleSnapshot snapshot = battle.snapshot();

        Observation fromA = Observation.of(snapshot, 0, feed, T0 + 20_000);
        Observation fromB = Observation.of(snapshot, 1, feed, T0 + 20_000);

        assertThat(fromA.sides().get(1).score()).isNull();
        assertThat(fromA.sides().get(1).hidden()).isTrue();
        assertThat(fromA.bestOpponentScore()).isNull();
        assertThat(fromA.feed()).extracting(FeedItem::at).containsExactly(T0 + 5_000, T0 + 6_000);
        assertThat(fromB.ownScore()).isEqualTo(3_000);
        assertThat(fromB.feed()).hasSize(3);
        assertThat(Observation.of(snapshot, 0, feed, T0 + 43_000).sides().get(1).score())
                .isEqualTo(3_000);
    }

    @Test
    void readsAGloveAtTheInstantAsked() {
        Battle battle = battleWithGalaxies();
        battle.apply(new PowerUpTriggered(
                "glove", PowerUpKind.BOOSTING_GLOVE, "A", TriggeredBy.AGENT, "agent:x", T0 + 15_000));

        assertThat(Observation.of(battle.snapshot(), 0, List.of(), T0 + 20_000)
                        .own()
                        .multiplier())
                .isEqualTo(2);
        assertThat(Observation.of(battle.snapshot(), 0, List.of(), T0 + 46_000)
                        .own()
                        .multiplier())
                .isEqualTo(1);
    }

    @Test
    void seesTheBattleEndAtTheBell() {
        Observation seen = Observation.of(battleWithGalaxies().snapshot(), 0, List.of(), T0 + 300_000);

        assertThat(seen.phase()).isEqualTo(Phase.ENDED);
        assertThat(seen.remainingMillis()).isZero();
        assertThat(seen.running()).isFalse();
    }

    /** A started battle: one Galaxy for A at 5 s, two for B at 6 s and 7 s. */
    private static Battle battleWithGalaxies() {
        Battle battle = new Battle(SimFixtures.oneVsOne().build());
        battle.apply(new Start(T0));
        battle.apply(gift("a1", "room-a", T0 + 5_000));
        battle.apply(gift("b1", "room-b", T0 + 6_000));
        battle.apply(gift("b2", "room-b", T0 + 7_000));
        return battle;
    }

    private static GiftReceived gift(String id, String room, long at) {
        return new GiftReceived(id, room, FAN, null, GALAXY, 1, false, null, at);
    }
}
