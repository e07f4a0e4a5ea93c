package io.battlesim.engine;

import static io.battlesim.engine.BattleFixtures.ALICE;
import static io.battlesim.engine.BattleFixtures.BOB;
import static io.battlesim.engine.BattleFixtures.CAROL;
import static io.battlesim.engine.BattleFixtures.GALAXY;
import static io.battlesim.engine.BattleFixtures.LION;
import static io.battlesim.engine.BattleFixtures.ROOM_A;
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

import io.battlesim.engine.event.End;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.scoring.Gifter;
import io.battlesim.engine.scoring.LeadChange;
import io.battlesim.engine.scoring.Snipe;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BattleOutcomeTests {

    @Nested
    class Result {

        @Test
        void namesTheSideWithTheHighestScoreTheWinner() {
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    gift(ALICE, GALAXY).tap("m1", 1, 10),
                    gift(BOB, ROSE).in(ROOM_B).end("m2", 999, 20));

            ApplyResult end = battle.apply(tick(300));

            assertThat(battle.snapshot().winner()).isEqualTo("A");
            assertThat(battle.snapshot().tie()).isFalse();
            assertThat(changesOf(end))
                    .containsExactly(
                            new Change.PhaseChanged(Phase.ENDED, at(300)),
                            new Change.BattleDecided("A", false, Map.of("A", 1000L, "B", 999L)));
        }

        @Test
        void declaresATieWhenTheTopScoreIsShared() {
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    gift(ALICE, GALAXY).tap("m1", 1, 10),
                    gift(BOB, GALAXY).in(ROOM_B).tap("m2", 1, 20),
                    tick(300));

            BattleSnapshot snapshot = battle.snapshot();
            assertThat(snapshot.winner()).isNull();
            assertThat(snapshot.tie()).isTrue();
        }

        @Test
        void declaresATieWhenNobodyScored() {
            Battle battle = startedOneVsOne();

            battle.apply(tick(300));

            assertThat(battle.snapshot().tie()).isTrue();
        }

        @Test
        void hasNoWinnerWhileRunning() {
            Battle battle = startedOneVsOne();
            battle.apply(gift(ALICE, GALAXY).tap("m1", 1, 10));

            assertThat(battle.snapshot().winner()).isNull();
            assertThat(battle.snapshot().tie()).isFalse();
            assertThat(battle.snapshot().leader()).isEqualTo("A");
            assertThat(battle.snapshot().remainingMillis()).isEqualTo(290_000);
        }
    }

    @Test
    void scoresATwoVersusTwoTeamBattleByTeam() {
        BattleConfig config = BattleConfig.builder("team")
                .side(SideConfig.host("red", "Red", "r1", "u1").withHost("r2", "u2"))
                .side(SideConfig.host("blue", "Blue", "r3", "u3").withHost("r4", "u4"))
                .build();
        Battle battle = started(config);

        applyAll(
                battle,
                gift(ALICE, GALAXY).in("r1").tap("m1", 1, 1),
                gift(BOB, GALAXY).in("r2").tap("m2", 2, 2),
                gift(CAROL, GALAXY).in("r3").tap("m3", 1, 3),
                gift(CAROL, ROSE).in("r1").to("u4").end("m4", 5, 4),
                tick(300));

        assertThat(score(battle, "red")).isEqualTo(3000);
        assertThat(score(battle, "blue")).isEqualTo(1005);
        assertThat(battle.snapshot().winner()).isEqualTo("red");
    }

    @Test
    void runsAThreeWayFreeForAll() {
        BattleConfig config = BattleConfig.builder("ffa")
                .side(SideConfig.host("A", "A", "ra", "ua"))
                .side(SideConfig.host("B", "B", "rb", "ub"))
                .side(SideConfig.host("C", "C", "rc", "uc"))
                .build();
        Battle battle = started(config);

        applyAll(
                battle,
                gift(ALICE, GALAXY).in("ra").tap("m1", 1, 1),
                gift(BOB, GALAXY).in("rb").tap("m2", 2, 2),
                gift(CAROL, GALAXY).in("rc").tap("m3", 3, 3),
                powerUp("p1", PowerUpKind.STUN_HAMMER, "A", 4),
                gift(CAROL, LION).in("rc").tap("m4", 1, 5),
                gift(BOB, LION).in("rb").tap("m5", 1, 6),
                tick(300));

        BattleSnapshot snapshot = battle.snapshot();
        assertThat(snapshot.sides()).extracting(BattleSnapshot.Side::score).containsExactly(1000L, 2000L, 3000L);
        assertThat(snapshot.winner()).isEqualTo("C");
        assertThat(snapshot.leadTimeline()).extracting(LeadChange::sideId).containsExactly("A", "B", "C");
    }

    @Nested
    class Statistics {

        @Test
        void ranksTopGiftersAndTheMvpPerSide() {
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    gift(ALICE, ROSE).end("m1", 30, 1),
                    gift(BOB, GALAXY).tap("m2", 1, 2),
                    gift(CAROL, ROSE).end("m3", 30, 3),
                    gift(ALICE, ROSE).group("g2").end("m4", 5, 4));

            BattleSnapshot.Side a = battle.snapshot().side("A");
            assertThat(a.topGifters()).extracting(Gifter::userId).containsExactly("1002", "1001", "1003");
            assertThat(a.mvp()).isEqualTo(new Gifter("1002", "bob", "Bob <b>", 1000, 1000, 1, 0));
            assertThat(a.topGifters().get(1).gifts()).isEqualTo(2);
            assertThat(battle.statistics().giftersBySide().get("B")).isEmpty();
        }

        @Test
        void limitsTheTopGiftersButKeepsEveryoneInTheStatistics() {
            Battle battle = started(oneVsOne().topGifters(1).build());
            applyAll(
                    battle,
                    gift(ALICE, GALAXY).tap("m1", 1, 1),
                    gift(BOB, GALAXY).tap("m2", 2, 2));

            assertThat(battle.snapshot().side("A").topGifters()).hasSize(1);
            assertThat(battle.statistics().giftersBySide().get("A")).hasSize(2);
        }

        @Test
        void countsLeadChangesAndKeepsTheirTimeline() {
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    gift(ALICE, GALAXY).tap("m1", 1, 10),
                    gift(BOB, GALAXY).in(ROOM_B).tap("m2", 1, 20),
                    gift(BOB, ROSE).in(ROOM_B).end("m3", 1, 30),
                    gift(ALICE, GALAXY).tap("m4", 1, 40),
                    gift(ALICE, GALAXY).tap("m5", 1, 50));

            BattleSnapshot snapshot = battle.snapshot();
            assertThat(snapshot.leadTimeline())
                    .containsExactly(
                            new LeadChange(at(10), "A", 1000),
                            new LeadChange(at(30), "B", 1001),
                            new LeadChange(at(40), "A", 2000));
            assertThat(snapshot.leadChanges()).isEqualTo(2);
        }
    }

    /** A snipe: a gift of the final 30 s that takes the lead, draws level or brings its side within reach. */
    @Nested
    class Snipes {

        @Test
        void listsAGiftOfTheFinalSecondsThatTakesTheLead() { // GH-15
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    gift(ALICE, GALAXY).tap("early", 1, 269),
                    gift(BOB, LION).in(ROOM_B).tap("snipe", 1, 295),
                    tick(300));

            assertThat(battle.snapshot().snipes())
                    .containsExactly(new Snipe(at(295), "B", "1002", "Bob <b>", "Lion", 1, 29_999, 29_999));
        }

        @Test
        void doesNotCallARoseOfASideLosingByTwentySixThousandASnipe() { // GH-15
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    gift(BOB, LION).in(ROOM_B).tap("lion", 1, 10),
                    gift(BOB, ROSE).in(ROOM_B).end("rose-b", 1, 11),
                    gift(ALICE, GALAXY).tap("galaxies", 4, 20));
            assertThat(score(battle, "B") - score(battle, "A")).isEqualTo(26_000);

            ApplyResult rose = battle.apply(gift(CAROL, ROSE).end("rose", 3, 295));

            assertThat(changesOf(rose))
                    .contains(new Change.GiftCommitted("A", ROOM_A, CAROL, ROSE, 3, 3, 3, false, false, at(295)));
            assertThat(battle.snapshot().snipes()).isEmpty();
        }

        @Test
        void callsAGiftThatBringsItsSideWithinReachASnipe() { // GH-15
            Battle battle = startedOneVsOne();
            battle.apply(gift(BOB, LION).in(ROOM_B).tap("lion", 1, 10));

            ApplyResult galaxies = battle.apply(gift(ALICE, GALAXY).tap("galaxies", 20, 290));

            assertThat(changesOf(galaxies))
                    .contains(new Change.GiftCommitted(
                            "A", ROOM_A, ALICE, GALAXY, 20, 20_000, 20_000, false, true, at(290)));
            assertThat(battle.snapshot().snipes()).extracting(Snipe::userId).containsExactly("1001");
        }

        @Test
        void neverCallsTheLeadersGiftASnipe() { // GH-15
            Battle battle = startedOneVsOne();
            battle.apply(gift(BOB, GALAXY).in(ROOM_B).tap("lead", 1, 10));

            ApplyResult more = battle.apply(gift(BOB, LION).in(ROOM_B).tap("more", 1, 295));

            assertThat(changesOf(more))
                    .contains(
                            new Change.GiftCommitted("B", ROOM_B, BOB, LION, 1, 29_999, 29_999, false, false, at(295)));
            assertThat(battle.snapshot().snipes()).isEmpty();
        }

        @Test
        void keepsASnipeDecidedWhenItScoredAfterTheTimerIsExtended() { // GH-15
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    gift(BOB, LION).in(ROOM_B).tap("snipe", 1, 280),
                    powerUp("p1", PowerUpKind.TIME_MAKER, "A", 285),
                    powerUp("p2", PowerUpKind.TIME_MAKER, "A", 286));

            applyAll(battle, tick(320));

            assertThat(battle.snapshot().snipes()).extracting(Snipe::userId).containsExactly("1002");
        }

        @Test
        void findsNoSnipesBeforeAnEarlyEndOrBelowTheMinimum() { // GH-15
            Battle early = started(oneVsOne().build());
            applyAll(early, gift(BOB, LION).in(ROOM_B).tap("m1", 1, 55), new End(at(60)));
            Battle small = started(oneVsOne().snipes(seconds(10), 100).build());
            applyAll(
                    small,
                    gift(ALICE, GALAXY).tap("m1", 1, 285),
                    gift(BOB, GALAXY).in(ROOM_B).tap("level", 1, 291),
                    gift(ALICE, ROSE).end("small", 50, 295),
                    tick(300));

            assertThat(early.snapshot().snipes()).isEmpty();
            assertThat(small.snapshot().snipes()).extracting(Snipe::userId).containsExactly("1002");
        }
    }
}
