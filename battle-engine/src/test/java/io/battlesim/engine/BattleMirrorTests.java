package io.battlesim.engine;

import static io.battlesim.engine.BattleFixtures.ALICE;
import static io.battlesim.engine.BattleFixtures.BOB;
import static io.battlesim.engine.BattleFixtures.GALAXY;
import static io.battlesim.engine.BattleFixtures.HOST_A;
import static io.battlesim.engine.BattleFixtures.HOST_B;
import static io.battlesim.engine.BattleFixtures.ROOM_B;
import static io.battlesim.engine.BattleFixtures.ROSE;
import static io.battlesim.engine.BattleFixtures.applyAll;
import static io.battlesim.engine.BattleFixtures.at;
import static io.battlesim.engine.BattleFixtures.gift;
import static io.battlesim.engine.BattleFixtures.oneVsOne;
import static io.battlesim.engine.BattleFixtures.startedOneVsOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.event.ArmiesUpdated;
import io.battlesim.engine.event.BattleFinished;
import io.battlesim.engine.event.BattleStarted;
import io.battlesim.engine.event.CardUsed;
import io.battlesim.engine.event.MultiplierWindow;
import io.battlesim.engine.powerup.PowerUpKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BattleMirrorTests {

    private static BattleStarted tiktokStart(double seconds, long durationMillis) {
        return new BattleStarted("tt-start", "match-7", at(seconds), durationMillis, at(seconds + 0.5));
    }

    @Test
    void startsOnTikTokStartWithTikToksTimer() {
        Battle battle = new Battle(oneVsOne().build());

        battle.apply(tiktokStart(0, 180_000));

        BattleSnapshot snapshot = battle.snapshot();
        assertThat(snapshot.phase()).isEqualTo(Phase.LIVE);
        assertThat(snapshot.mirrored()).isTrue();
        assertThat(snapshot.endsAt()).isEqualTo(at(180));
    }

    @Test
    void retimesARunningBattleToTikToksTimer() {
        Battle battle = startedOneVsOne();

        battle.apply(tiktokStart(2, 240_000));

        assertThat(battle.snapshot().startedAt()).isEqualTo(at(2));
        assertThat(battle.snapshot().endsAt()).isEqualTo(at(242));
    }

    @Test
    void displaysTikToksScoresAndKeepsOwnTallyAsFallback() {
        Battle battle = startedOneVsOne();
        applyAll(
                battle,
                tiktokStart(0, 300_000),
                gift(ALICE, GALAXY).tap("m1", 1, 10),
                new ArmiesUpdated("tt-1", Map.of(HOST_A, 900L, HOST_B, 1200L, "someone-else", 5L), at(11)));

        BattleSnapshot.Side a = battle.snapshot().side("A");
        BattleSnapshot.Side b = battle.snapshot().side("B");
        assertThat(a.score()).isEqualTo(900);
        assertThat(a.ownScore()).isEqualTo(1000);
        assertThat(a.tiktokScore()).isEqualTo(900);
        assertThat(b.score()).isEqualTo(1200);
        assertThat(battle.snapshot().leader()).isEqualTo("B");
        assertThat(a.mvp()).isNotNull();
    }

    @Test
    void ignoresStaleScoreUpdates() {
        Battle battle = startedOneVsOne();
        battle.apply(new ArmiesUpdated("tt-2", Map.of(HOST_A, 500L), at(20)));

        ApplyResult stale = battle.apply(new ArmiesUpdated("tt-1", Map.of(HOST_A, 100L), at(19)));

        assertThat(stale).isEqualTo(new ApplyResult.Ignored(IgnoreReason.STALE_SCORES));
        assertThat(battle.snapshot().side("A").score()).isEqualTo(500);
    }

    @Test
    void ignoresScoresForCreatorsOutsideTheBattle() {
        Battle battle = startedOneVsOne();

        ApplyResult result = battle.apply(new ArmiesUpdated("tt-1", Map.of("stranger", 100L), at(20)));

        assertThat(result).isEqualTo(new ApplyResult.Ignored(IgnoreReason.UNKNOWN_RECEIVER));
        assertThat(battle.snapshot().mirrored()).isFalse();
    }

    @Test
    void appliesTikToksMultiplierWindowToOwnTallyAndDisplay() {
        Battle battle = startedOneVsOne();
        applyAll(
                battle,
                new MultiplierWindow("tt-x3", HOST_B, 3, at(30), at(60), at(30)),
                gift(BOB, GALAXY).in(ROOM_B).tap("m1", 1, 31),
                gift(BOB, GALAXY).in(ROOM_B).tap("m2", 1, 61));

        assertThat(battle.snapshot().side("B").ownScore()).isEqualTo(4000);
    }

    @Test
    void appliesTikToksCardsWithoutOurRules() {
        Battle battle = startedOneVsOne();

        battle.apply(new CardUsed("tt-mist", HOST_A, PowerUpKind.MAGIC_MIST, 30_000, at(40)));
        battle.apply(new CardUsed("tt-time", HOST_B, PowerUpKind.TIME_MAKER, 10_000, at(41)));

        BattleSnapshot snapshot = battle.snapshot();
        assertThat(snapshot.side("A").hidden()).isTrue();
        assertThat(snapshot.side("A").powerUpsUsed()).containsEntry(PowerUpKind.MAGIC_MIST, 1);
        assertThat(snapshot.endsAt()).isEqualTo(at(310));
    }

    @Test
    void endsWithTikToksFinalScores() {
        Battle battle = startedOneVsOne();
        applyAll(
                battle,
                gift(ALICE, GALAXY).tap("m1", 1, 10),
                gift(BOB, ROSE).in(ROOM_B).end("m2", 5, 11),
                new BattleFinished("tt-end", Map.of(HOST_A, 10L, HOST_B, 20L), at(299)));

        BattleSnapshot snapshot = battle.snapshot();
        assertThat(snapshot.phase()).isEqualTo(Phase.ENDED);
        assertThat(snapshot.winner()).isEqualTo("B");
        assertThat(snapshot.side("A").ownScore()).isEqualTo(1000);
        assertThat(battle.apply(new ArmiesUpdated("tt-late", Map.of(HOST_A, 99L), at(300))))
                .isEqualTo(new ApplyResult.Late());
    }
}
