package io.battlesim.engine;

import static io.battlesim.engine.BattleFixtures.ALICE;
import static io.battlesim.engine.BattleFixtures.BOB;
import static io.battlesim.engine.BattleFixtures.FINGER_HEART;
import static io.battlesim.engine.BattleFixtures.GALAXY;
import static io.battlesim.engine.BattleFixtures.ROOM_A;
import static io.battlesim.engine.BattleFixtures.ROOM_B;
import static io.battlesim.engine.BattleFixtures.ROSE;
import static io.battlesim.engine.BattleFixtures.applyAll;
import static io.battlesim.engine.BattleFixtures.at;
import static io.battlesim.engine.BattleFixtures.changesOf;
import static io.battlesim.engine.BattleFixtures.gift;
import static io.battlesim.engine.BattleFixtures.score;
import static io.battlesim.engine.BattleFixtures.startedOneVsOne;
import static io.battlesim.engine.BattleFixtures.tick;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.BattleFixtures.GiftSpec;
import io.battlesim.engine.event.End;
import io.battlesim.engine.event.Resume;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BattleStreakTests {

    @Test
    void countsASingleTapThatArrivesTwiceOnce() {
        Battle battle = startedOneVsOne();

        applyAll(battle, gift(ALICE, ROSE).singleTap("m1", 1));

        assertThat(score(battle, "A")).isEqualTo(1);
        assertThat(battle.snapshot().pendingStreaks()).isEmpty();
    }

    @Test
    void commitsALongStreakOnceAtItsEndCount() {
        Battle battle = startedOneVsOne();
        GiftSpec hearts = gift(ALICE, FINGER_HEART);

        for (int count = 1; count <= 40; count++) {
            battle.apply(hearts.tap("m" + count, count, 1 + count * 0.1));
        }
        assertThat(score(battle, "A")).isZero();
        ApplyResult end = battle.apply(hearts.end("m-end", 40, 6));

        assertThat(score(battle, "A")).isEqualTo(200);
        assertThat(changesOf(end))
                .containsExactly(
                        new Change.GiftCommitted("A", ROOM_A, ALICE, FINGER_HEART, 40, 200, 200, false, false, at(6)),
                        new Change.LeadTaken("A", 200, at(6)));
    }

    @Test
    void showsAPendingStreakOnTheProvisionalChannelOnly() {
        Battle battle = startedOneVsOne();

        applyAll(
                battle,
                gift(ALICE, FINGER_HEART).tap("m1", 1, 1),
                gift(ALICE, FINGER_HEART).tap("m2", 3, 2));

        BattleSnapshot snapshot = battle.snapshot();
        assertThat(snapshot.pendingStreaks()).singleElement().satisfies(pending -> {
            assertThat(pending.sideId()).isEqualTo("A");
            assertThat(pending.repeatCount()).isEqualTo(3);
            assertThat(pending.provisionalCoins()).isEqualTo(15);
        });
        assertThat(snapshot.side("A").score()).isZero();
        assertThat(snapshot.side("A").provisionalScore()).isEqualTo(15);
    }

    @Test
    void ignoresANonIncreasingCountWithinAStreak() {
        Battle battle = startedOneVsOne();
        GiftSpec roses = gift(ALICE, ROSE);
        applyAll(battle, roses.tap("m1", 1, 1), roses.tap("m3", 3, 1.3));

        ApplyResult stale = battle.apply(roses.tap("m2", 2, 1.2));
        ApplyResult repeated = battle.apply(roses.tap("m3b", 3, 1.4));

        assertThat(stale).isEqualTo(new ApplyResult.Ignored(IgnoreReason.NON_INCREASING_COUNT));
        assertThat(repeated).isEqualTo(new ApplyResult.Ignored(IgnoreReason.NON_INCREASING_COUNT));
        assertThat(battle.snapshot().pendingStreaks().get(0).repeatCount()).isEqualTo(3);
    }

    @Test
    void acceptsTheEndEventEvenWhenItsCountIsNotHigher() {
        Battle battle = startedOneVsOne();
        GiftSpec roses = gift(ALICE, ROSE);

        applyAll(battle, roses.tap("m1", 1, 1), roses.tap("m2", 7, 2), roses.end("m3", 7, 3));

        assertThat(score(battle, "A")).isEqualTo(7);
    }

    @Test
    void keepsConcurrentStreaksOfOneViewerWithDifferentGroupIdsApart() {
        Battle battle = startedOneVsOne();
        GiftSpec first = gift(ALICE, ROSE).group("g1");
        GiftSpec second = gift(ALICE, ROSE).group("g2");

        applyAll(
                battle,
                first.tap("a1", 1, 1),
                second.tap("b1", 1, 1.1),
                first.tap("a2", 5, 1.5),
                second.tap("b2", 2, 1.6),
                second.end("b3", 3, 2),
                first.tap("a3", 6, 2.1));

        assertThat(score(battle, "A")).isEqualTo(3);
        assertThat(battle.snapshot().pendingStreaks())
                .singleElement()
                .satisfies(pending -> assertThat(pending.repeatCount()).isEqualTo(6));

        battle.apply(first.end("a4", 8, 3));
        assertThat(score(battle, "A")).isEqualTo(11);
    }

    @Test
    void neverClearsOtherViewersStreaksWhenOneEnds() {
        Battle battle = startedOneVsOne();

        applyAll(
                battle,
                gift(ALICE, ROSE).tap("a1", 4, 1),
                gift(BOB, ROSE).tap("b1", 2, 1),
                gift(BOB, ROSE).end("b2", 2, 2));

        assertThat(battle.snapshot().pendingStreaks())
                .singleElement()
                .satisfies(pending -> assertThat(pending.userId()).isEqualTo(ALICE.userId()));
    }

    @Test
    void ignoresLateEventsOfAFinalStreak() {
        Battle battle = startedOneVsOne();
        GiftSpec roses = gift(ALICE, ROSE);
        applyAll(battle, roses.tap("m1", 1, 1), roses.end("m3", 5, 2));

        ApplyResult late = battle.apply(roses.tap("m2", 4, 1.5));

        assertThat(late).isEqualTo(new ApplyResult.Ignored(IgnoreReason.STREAK_ALREADY_FINAL));
        assertThat(score(battle, "A")).isEqualTo(5);
    }

    @Test
    void commitsAnEndEventWhoseTapsWereAllMissed() {
        Battle battle = startedOneVsOne();

        battle.apply(gift(ALICE, ROSE).end("m9", 9, 2));

        assertThat(score(battle, "A")).isEqualTo(9);
    }

    @Nested
    class WhenTheEndEventGoesMissing {

        @Test
        void infersTheEndAtTheLastCountAfterTheTimeout() {
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    gift(ALICE, ROSE).tap("m1", 1, 10),
                    gift(ALICE, ROSE).tap("m2", 12, 11));

            assertThat(battle.apply(tick(15.9))).isEqualTo(new ApplyResult.Ignored(IgnoreReason.NOTHING_DUE));
            ApplyResult due = battle.apply(tick(16));

            assertThat(score(battle, "A")).isEqualTo(12);
            assertThat(changesOf(due))
                    .containsExactly(
                            new Change.GiftCommitted("A", ROOM_A, ALICE, ROSE, 12, 12, 12, true, false, at(11)),
                            new Change.LeadTaken("A", 12, at(11)));
            assertThat(battle.statistics().inferredCommits()).isEqualTo(1);
        }

        @Test
        void ignoresTheOverdueEndEventOnceInferred() {
            Battle battle = startedOneVsOne();
            applyAll(battle, gift(ALICE, ROSE).tap("m1", 12, 10), tick(20));

            ApplyResult overdue = battle.apply(gift(ALICE, ROSE).end("m2", 12, 21));

            assertThat(overdue).isEqualTo(new ApplyResult.Ignored(IgnoreReason.STREAK_ALREADY_FINAL));
            assertThat(score(battle, "A")).isEqualTo(12);
        }

        @Test
        void infersPendingStreaksWhenTheBattleEnds() {
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    gift(ALICE, FINGER_HEART).tap("m1", 3, 100),
                    gift(BOB, ROSE).tap("m2", 2, 101));

            battle.apply(new End(BattleFixtures.at(102)));

            assertThat(score(battle, "A")).isEqualTo(17);
            assertThat(battle.snapshot().pendingStreaks()).isEmpty();
            assertThat(battle.statistics().inferredCommits()).isEqualTo(2);
        }

        @Test
        void infersPendingStreaksWhenTheTimerRunsOut() {
            Battle battle = startedOneVsOne();
            battle.apply(gift(ALICE, ROSE).tap("m1", 4, 298));

            battle.apply(tick(300));

            assertThat(battle.phase()).isEqualTo(Phase.ENDED);
            assertThat(score(battle, "A")).isEqualTo(4);
        }
    }

    /** The app was down for two minutes and rebuilt the battle from its log; the streaks' senders went on. */
    @Nested
    class AfterAResume {

        @Test
        void appliesTheEndEventOfAStreakOpenAtTheCrash() {
            Battle battle = startedOneVsOne();
            GiftSpec hearts = gift(ALICE, FINGER_HEART);
            applyAll(battle, hearts.tap("m1", 1, 10), hearts.tap("m2", 3, 11));

            battle.apply(new Resume(at(131)));
            battle.apply(tick(131));
            ApplyResult end = battle.apply(hearts.end("m3", 5, 132));

            assertThat(changesOf(end))
                    .startsWith(new Change.GiftCommitted(
                            "A", ROOM_A, ALICE, FINGER_HEART, 5, 25, 25, false, false, at(132)));
            assertThat(score(battle, "A")).isEqualTo(25);
            assertThat(battle.statistics().inferredCommits()).isZero();
        }

        @Test
        void infersTheEndOneTimeoutAfterTheResume() {
            Battle battle = startedOneVsOne();
            applyAll(battle, gift(ALICE, ROSE).tap("m1", 12, 11), new Resume(at(131)));

            assertThat(battle.apply(tick(135.9))).isEqualTo(new ApplyResult.Ignored(IgnoreReason.NOTHING_DUE));
            assertThat(battle.snapshot().pendingStreaks()).hasSize(1);
            ApplyResult due = battle.apply(tick(136));

            assertThat(changesOf(due))
                    .startsWith(new Change.GiftCommitted("A", ROOM_A, ALICE, ROSE, 12, 12, 12, true, false, at(11)));
            assertThat(battle.snapshot().pendingStreaks()).isEmpty();
        }

        @Test
        void finalisesAStreakAlreadyDueBeforeTheDowntime() {
            Battle battle = startedOneVsOne();
            applyAll(
                    battle,
                    gift(ALICE, ROSE).tap("m1", 4, 10),
                    gift(BOB, GALAXY).in(ROOM_B).tap("m2", 1, 16));

            ApplyResult resumed = battle.apply(new Resume(at(131)));

            assertThat(changesOf(resumed))
                    .startsWith(new Change.GiftCommitted("A", ROOM_A, ALICE, ROSE, 4, 4, 4, true, false, at(10)));
            assertThat(battle.snapshot().pendingStreaks()).isEmpty();
        }

        @Test
        void isIgnoredWithNoStreakPending() {
            Battle battle = startedOneVsOne();
            battle.apply(gift(BOB, GALAXY).in(ROOM_B).tap("m1", 1, 10));

            assertThat(battle.apply(new Resume(at(131)))).isEqualTo(new ApplyResult.Ignored(IgnoreReason.NOTHING_DUE));
        }
    }

    @Nested
    class WithoutGroupIds {

        @Test
        void startsANewStreakAfterTheLastOneEnded() {
            Battle battle = startedOneVsOne();
            GiftSpec roses = gift(ALICE, ROSE).group(null);

            applyAll(
                    battle, roses.tap("a1", 1, 1), roses.end("a2", 3, 2), roses.tap("b1", 1, 5), roses.end("b2", 2, 6));

            assertThat(score(battle, "A")).isEqualTo(5);
        }

        @Test
        void ignoresAnEventOlderThanTheFinalStreak() {
            Battle battle = startedOneVsOne();
            GiftSpec roses = gift(ALICE, ROSE).group(null);
            applyAll(battle, roses.tap("a1", 1, 1), roses.end("a3", 3, 2));

            ApplyResult late = battle.apply(roses.tap("a2", 2, 1.5));

            assertThat(late).isEqualTo(new ApplyResult.Ignored(IgnoreReason.STREAK_ALREADY_FINAL));
            assertThat(score(battle, "A")).isEqualTo(3);
        }
    }
}
