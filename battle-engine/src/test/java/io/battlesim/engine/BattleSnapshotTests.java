package io.battlesim.engine;

import static io.battlesim.engine.BattleFixtures.ALICE;
import static io.battlesim.engine.BattleFixtures.GALAXY;
import static io.battlesim.engine.BattleFixtures.ROSE;
import static io.battlesim.engine.BattleFixtures.T0;
import static io.battlesim.engine.BattleFixtures.gift;
import static io.battlesim.engine.BattleFixtures.oneVsOne;
import static io.battlesim.engine.BattleFixtures.startedOneVsOne;
import static io.battlesim.engine.BattleFixtures.tick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.battlesim.engine.event.GiftReceived;
import org.junit.jupiter.api.Test;

class BattleSnapshotTests {

    @Test
    void describesAScheduledBattle() {
        BattleSnapshot snapshot = new Battle(oneVsOne().build()).snapshot();

        assertThat(snapshot.version()).isZero();
        assertThat(snapshot.phase()).isEqualTo(Phase.SCHEDULED);
        assertThat(snapshot.startedAt()).isNull();
        assertThat(snapshot.endsAt()).isNull();
        assertThat(snapshot.remainingMillis()).isEqualTo(300_000);
        assertThat(snapshot.sides()).extracting(BattleSnapshot.Side::id).containsExactly("A", "B");
        assertThat(snapshot.sides()).allSatisfy(side -> assertThat(side.mvp()).isNull());
    }

    @Test
    void raisesTheVersionByOneForEveryAppliedEventOnly() {
        Battle battle = startedOneVsOne();
        GiftReceived galaxy = gift(ALICE, GALAXY).tap("m1", 1, 1);

        battle.apply(galaxy);
        battle.apply(galaxy);
        battle.apply(gift(ALICE, ROSE).tap("m2", 1, 2));
        battle.apply(tick(2.5));

        assertThat(battle.version()).isEqualTo(3);
        assertThat(battle.snapshot().version()).isEqualTo(3);
    }

    @Test
    void buildsASnapshotOnlyWhenTheBattleChanged() {
        Battle battle = startedOneVsOne();
        BattleSnapshot first = battle.snapshot();

        assertThat(battle.snapshot()).isSameAs(first);
        battle.apply(gift(ALICE, GALAXY).tap("m1", 1, 1));
        assertThat(battle.snapshot()).isNotSameAs(first);
        assertThat(battle.snapshot().now()).isEqualTo(T0 + 1000);
    }

    @Test
    void refusesANullEvent() {
        Battle battle = startedOneVsOne();

        assertThatNullPointerException().isThrownBy(() -> battle.apply(null)).withMessageContaining("event");
    }
}
