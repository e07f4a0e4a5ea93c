package io.battlesim.engine;

import static io.battlesim.engine.BattleFixtures.ALICE;
import static io.battlesim.engine.BattleFixtures.BOB;
import static io.battlesim.engine.BattleFixtures.GALAXY;
import static io.battlesim.engine.BattleFixtures.ROOM_B;
import static io.battlesim.engine.BattleFixtures.ROSE;
import static io.battlesim.engine.BattleFixtures.applyAll;
import static io.battlesim.engine.BattleFixtures.at;
import static io.battlesim.engine.BattleFixtures.changesOf;
import static io.battlesim.engine.BattleFixtures.gift;
import static io.battlesim.engine.BattleFixtures.oneVsOne;
import static io.battlesim.engine.BattleFixtures.powerUp;
import static io.battlesim.engine.BattleFixtures.score;
import static io.battlesim.engine.BattleFixtures.seconds;
import static io.battlesim.engine.BattleFixtures.started;
import static io.battlesim.engine.BattleFixtures.startedOneVsOne;
import static io.battlesim.engine.BattleFixtures.tick;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.PowerUpRule;
import io.battlesim.engine.powerup.PowerUpRules;
import io.battlesim.engine.powerup.RejectReason;
import io.battlesim.engine.powerup.TriggeredBy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BattlePowerUpTests {

    @Nested
    class BoostingGlove {

        @Test
        void multipliesPointsOnlyInsideItsWindow() {
            Battle battle = startedOneVsOne();
            battle.apply(powerUp("p1", PowerUpKind.BOOSTING_GLOVE, "A", 10));

            applyAll(
                    battle,
                    gift(ALICE, GALAXY).tap("before", 1, 9.999),
                    gift(ALICE, GALAXY).tap("inside", 1, 10),
                    gift(ALICE, GALAXY).tap("last", 1, 39.999),
                    gift(ALICE, GALAXY).tap("after", 1, 40));

            BattleSnapshot.Side a = battle.snapshot().side("A");
            assertThat(a.score()).isEqualTo(1000 + 2000 + 2000 + 1000);
            assertThat(a.coins()).isEqualTo(4000);
        }

        @Test
        void usesTheConfiguredMultiplier() {
            PowerUpRules rules = PowerUpRules.standard().with(PowerUpKind.BOOSTING_GLOVE, PowerUpRule.boostingGlove(5));
            Battle battle = started(oneVsOne().powerUps(rules).build());

            applyAll(
                    battle,
                    powerUp("p1", PowerUpKind.BOOSTING_GLOVE, "B", 10),
                    gift(BOB, GALAXY).in(ROOM_B).tap("m1", 1, 11));

            assertThat(score(battle, "B")).isEqualTo(5000);
            assertThat(battle.snapshot().side("B").multiplier()).isEqualTo(5);
        }

        @Test
        void appliesToAStreakByTheTimeItCommits() {
            Battle battle = startedOneVsOne();

            applyAll(
                    battle,
                    gift(ALICE, ROSE).tap("m1", 5, 9),
                    powerUp("p1", PowerUpKind.BOOSTING_GLOVE, "A", 10),
                    gift(ALICE, ROSE).end("m2", 10, 11));

            assertThat(score(battle, "A")).isEqualTo(20);
        }

        @Test
        void announcesWhenItsWindowRunsOut() {
            Battle battle = startedOneVsOne();
            battle.apply(powerUp("p1", PowerUpKind.BOOSTING_GLOVE, "A", 10));

            ApplyResult expiry = battle.apply(tick(40));

            assertThat(changesOf(expiry)).containsExactly(new Change.EffectsChanged("A", 1, false, false));
            assertThat(battle.snapshot().side("A").multiplier()).isEqualTo(1);
        }
    }

    @Test
    void stunHammerFreezesTheOpponentsScoringForItsWindow() {
        Battle battle = startedOneVsOne();
        battle.apply(powerUp("p1", PowerUpKind.STUN_HAMMER, "A", 10));

        applyAll(
                battle,
                gift(BOB, GALAXY).in(ROOM_B).tap("frozen", 1, 20),
                gift(ALICE, GALAXY).tap("own", 1, 20),
                gift(BOB, GALAXY).in(ROOM_B).tap("thawed", 1, 40));

        BattleSnapshot.Side b = battle.snapshot().side("B");
        assertThat(b.score()).isEqualTo(1000);
        assertThat(b.coins()).isEqualTo(2000);
        assertThat(score(battle, "A")).isEqualTo(1000);
    }

    @Test
    void stunHammerShowsTheOpponentAsFrozen() {
        Battle battle = startedOneVsOne();

        battle.apply(powerUp("p1", PowerUpKind.STUN_HAMMER, "A", 10));

        assertThat(battle.snapshot().side("B").frozen()).isTrue();
        assertThat(battle.snapshot().side("A").frozen()).isFalse();
    }

    @Test
    void magicMistHidesTheSidesScoreForItsWindow() {
        Battle battle = startedOneVsOne();

        battle.apply(powerUp("p1", PowerUpKind.MAGIC_MIST, "B", 10));
        BattleSnapshot during = battle.snapshot();
        battle.apply(tick(40));
        BattleSnapshot after = battle.snapshot();

        assertThat(during.side("B").hidden()).isTrue();
        assertThat(during.side("B").effects())
                .containsExactly(new BattleSnapshot.ActiveEffect(Effect.MIST, at(10), at(40), 1));
        assertThat(during.side("A").hidden()).isFalse();
        assertThat(after.side("B").hidden()).isFalse();
    }

    @Nested
    class TimeMaker {

        @Test
        void extendsTheTimerAndMovesTheBattleIntoExtraTime() {
            Battle battle = startedOneVsOne();

            battle.apply(powerUp("p1", PowerUpKind.TIME_MAKER, "A", 290));
            assertThat(battle.snapshot().endsAt()).isEqualTo(at(310));
            battle.apply(tick(301));
            assertThat(battle.phase()).isEqualTo(Phase.EXTENDED);
            battle.apply(gift(ALICE, GALAXY).tap("m1", 1, 305));
            battle.apply(tick(310));

            assertThat(battle.phase()).isEqualTo(Phase.ENDED);
            assertThat(score(battle, "A")).isEqualTo(1000);
        }

        @Test
        void isLimitedToThreeUsesPerBattle() {
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    powerUp("p1", PowerUpKind.TIME_MAKER, "A", 10),
                    powerUp("p2", PowerUpKind.TIME_MAKER, "B", 11),
                    powerUp("p3", PowerUpKind.TIME_MAKER, "A", 12));

            ApplyResult fourth = battle.apply(powerUp("p4", PowerUpKind.TIME_MAKER, "B", 13));

            assertThat(fourth).isEqualTo(new ApplyResult.Rejected(RejectReason.BATTLE_LIMIT_REACHED));
            assertThat(battle.snapshot().endsAt()).isEqualTo(at(330));
        }
    }

    @Nested
    class Rules {

        @Test
        void rejectDisabledPowerUps() {
            Battle battle = started(oneVsOne().powerUps(PowerUpRules.none()).build());

            ApplyResult result = battle.apply(powerUp("p1", PowerUpKind.MAGIC_MIST, "A", 10));

            assertThat(result).isEqualTo(new ApplyResult.Rejected(RejectReason.DISABLED));
            assertThat(battle.snapshot().side("A").hidden()).isFalse();
        }

        @Test
        void rejectTriggerersTheRuleDoesNotAllow() {
            PowerUpRules rules = PowerUpRules.standard()
                    .with(PowerUpKind.STUN_HAMMER, PowerUpRule.stunHammer().allowing(TriggeredBy.CREATOR));
            Battle battle = started(oneVsOne().powerUps(rules).build());

            ApplyResult result = battle.apply(
                    new PowerUpTriggered("p1", PowerUpKind.STUN_HAMMER, "A", TriggeredBy.AUDIENCE, "viewer-1", at(10)));

            assertThat(result).isEqualTo(new ApplyResult.Rejected(RejectReason.TRIGGER_NOT_ALLOWED));
        }

        @Test
        void rejectAPowerUpStillActive() {
            PowerUpRules rules = PowerUpRules.standard()
                    .with(
                            PowerUpKind.BOOSTING_GLOVE,
                            PowerUpRule.boostingGlove(2).withCooldown(seconds(0)));
            Battle battle = started(oneVsOne().powerUps(rules).build());
            battle.apply(powerUp("p1", PowerUpKind.BOOSTING_GLOVE, "A", 10));

            ApplyResult again = battle.apply(powerUp("p2", PowerUpKind.BOOSTING_GLOVE, "A", 20));
            ApplyResult afterwards = battle.apply(powerUp("p3", PowerUpKind.BOOSTING_GLOVE, "A", 40));

            assertThat(again).isEqualTo(new ApplyResult.Rejected(RejectReason.ALREADY_ACTIVE));
            assertThat(afterwards).isInstanceOf(ApplyResult.Applied.class);
        }

        @Test
        void rejectUsesWithinTheCooldown() {
            Battle battle = startedOneVsOne();
            battle.apply(powerUp("p1", PowerUpKind.MAGIC_MIST, "A", 10));

            ApplyResult early = battle.apply(powerUp("p2", PowerUpKind.MAGIC_MIST, "A", 45));
            ApplyResult otherSide = battle.apply(powerUp("p3", PowerUpKind.MAGIC_MIST, "B", 45));
            ApplyResult later = battle.apply(powerUp("p4", PowerUpKind.MAGIC_MIST, "A", 70));

            assertThat(early).isEqualTo(new ApplyResult.Rejected(RejectReason.COOLDOWN));
            assertThat(otherSide).isInstanceOf(ApplyResult.Applied.class);
            assertThat(later).isInstanceOf(ApplyResult.Applied.class);
        }

        @Test
        void rejectUsesBeyondTheSideLimit() {
            PowerUpRules rules = PowerUpRules.standard()
                    .with(PowerUpKind.MAGIC_MIST, PowerUpRule.magicMist().withLimits(1, 0));
            Battle battle = started(oneVsOne().powerUps(rules).build());
            battle.apply(powerUp("p1", PowerUpKind.MAGIC_MIST, "A", 10));

            ApplyResult second = battle.apply(powerUp("p2", PowerUpKind.MAGIC_MIST, "A", 200));

            assertThat(second).isEqualTo(new ApplyResult.Rejected(RejectReason.SIDE_LIMIT_REACHED));
            assertThat(battle.snapshot().side("A").powerUpsUsed()).containsEntry(PowerUpKind.MAGIC_MIST, 1);
        }

        @Test
        void rejectUnknownSidesAndBattlesNotYetLive() {
            Battle scheduled = new Battle(oneVsOne().build());
            Battle live = startedOneVsOne();

            assertThat(scheduled.apply(powerUp("p1", PowerUpKind.MAGIC_MIST, "A", 10)))
                    .isEqualTo(new ApplyResult.Rejected(RejectReason.NOT_LIVE));
            assertThat(live.apply(powerUp("p1", PowerUpKind.MAGIC_MIST, "Z", 10)))
                    .isEqualTo(new ApplyResult.Rejected(RejectReason.UNKNOWN_SIDE));
        }

        @Test
        void treatTriggersAfterTheEndAsLate() {
            Battle battle = startedOneVsOne();
            battle.apply(tick(300));

            assertThat(battle.apply(powerUp("p1", PowerUpKind.TIME_MAKER, "A", 301)))
                    .isEqualTo(new ApplyResult.Late());
        }

        @Test
        void applyATriggerOnlyOncePerEventId() {
            Battle battle = startedOneVsOne();
            PowerUpTriggered trigger = powerUp("p1", PowerUpKind.TIME_MAKER, "A", 10);

            applyAll(battle, trigger, trigger, trigger);

            assertThat(battle.snapshot().endsAt()).isEqualTo(at(310));
        }
    }
}
