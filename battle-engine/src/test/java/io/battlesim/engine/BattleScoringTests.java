package io.battlesim.engine;

import static io.battlesim.engine.BattleFixtures.ALICE;
import static io.battlesim.engine.BattleFixtures.BOB;
import static io.battlesim.engine.BattleFixtures.GALAXY;
import static io.battlesim.engine.BattleFixtures.GUEST_A;
import static io.battlesim.engine.BattleFixtures.HOST_A;
import static io.battlesim.engine.BattleFixtures.HOST_B;
import static io.battlesim.engine.BattleFixtures.LION;
import static io.battlesim.engine.BattleFixtures.ROOM_A;
import static io.battlesim.engine.BattleFixtures.ROOM_B;
import static io.battlesim.engine.BattleFixtures.ROSE;
import static io.battlesim.engine.BattleFixtures.applyAll;
import static io.battlesim.engine.BattleFixtures.at;
import static io.battlesim.engine.BattleFixtures.gift;
import static io.battlesim.engine.BattleFixtures.likes;
import static io.battlesim.engine.BattleFixtures.oneVsOne;
import static io.battlesim.engine.BattleFixtures.powerUp;
import static io.battlesim.engine.BattleFixtures.score;
import static io.battlesim.engine.BattleFixtures.started;
import static io.battlesim.engine.BattleFixtures.startedOneVsOne;
import static io.battlesim.engine.BattleFixtures.tick;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.event.ArmiesUpdated;
import io.battlesim.engine.event.End;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.PowerUpRule;
import io.battlesim.engine.powerup.PowerUpRules;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BattleScoringTests {

    @Nested
    class NonStreakableGifts {

        @Test
        void countAtOnceWhateverRepeatEndSays() {
            Battle battle = startedOneVsOne();

            battle.apply(gift(ALICE, GALAXY).tap("m1", 1, 1));
            battle.apply(gift(BOB, LION).in(ROOM_B).end("m2", 1, 2));

            assertThat(score(battle, "A")).isEqualTo(1000);
            assertThat(score(battle, "B")).isEqualTo(29_999);
            assertThat(battle.snapshot().pendingStreaks()).isEmpty();
        }

        @Test
        void countEveryUnitOfARepeatCount() {
            Battle battle = startedOneVsOne();

            battle.apply(gift(ALICE, GALAXY).tap("m1", 3, 1));

            assertThat(score(battle, "A")).isEqualTo(3000);
        }
    }

    @Nested
    class Duplicates {

        @Test
        void areAppliedOnceAndReportedAsDuplicates() {
            Battle battle = startedOneVsOne();
            GiftReceived galaxy = gift(ALICE, GALAXY).tap("m1", 1, 1);
            battle.apply(galaxy);
            long version = battle.version();

            ApplyResult again = battle.apply(galaxy);

            assertThat(again).isEqualTo(new ApplyResult.Duplicate());
            assertThat(score(battle, "A")).isEqualTo(1000);
            assertThat(battle.version()).isEqualTo(version);
            assertThat(battle.statistics().duplicates()).isEqualTo(1);
        }

        @Test
        void ofAStreakEndNeverCommitTwice() {
            Battle battle = startedOneVsOne();
            GiftReceived end = gift(ALICE, ROSE).end("m2", 10, 2);

            applyAll(
                    battle,
                    gift(ALICE, ROSE).tap("m1", 4, 1),
                    end,
                    end,
                    gift(ALICE, ROSE).tap("m1", 4, 1),
                    end);

            assertThat(score(battle, "A")).isEqualTo(10);
        }

        @Test
        void ofALateEventAreReportedAsDuplicatesAndKeptOnce() {
            Battle battle = startedOneVsOne();
            GiftReceived late = gift(ALICE, GALAXY).tap("m1", 1, 300);
            battle.apply(late);

            ApplyResult again = battle.apply(late);

            assertThat(again).isEqualTo(new ApplyResult.Duplicate());
            assertThat(battle.lateEvents()).containsExactly(late);
        }

        @Test
        void areDetectedAcrossEventKinds() {
            Battle battle = startedOneVsOne();
            battle.apply(gift(ALICE, GALAXY).tap("shared-id", 1, 1));

            ApplyResult like = battle.apply(likes("shared-id", BOB, ROOM_A, 5, 2));

            assertThat(like).isEqualTo(new ApplyResult.Duplicate());
        }
    }

    @Nested
    class Timing {

        @Test
        void ignoresEventsBeforeTheBattleStarts() {
            Battle battle = new Battle(oneVsOne().build());

            ApplyResult early = battle.apply(gift(ALICE, GALAXY).tap("m1", 1, -5));

            assertThat(early).isEqualTo(new ApplyResult.Ignored(IgnoreReason.NOT_STARTED));
            battle.apply(new Start(at(0)));
            assertThat(score(battle, "A")).isZero();
        }

        @Test
        void ignoresEventsStampedBeforeTheStart() {
            Battle battle = startedOneVsOne();

            ApplyResult early = battle.apply(gift(ALICE, GALAXY).tap("m1", 1, -1));

            assertThat(early).isEqualTo(new ApplyResult.Ignored(IgnoreReason.BEFORE_START));
        }

        @Test
        void countsOutOfOrderEventsByTheirOwnTimestamps() {
            Battle battle = startedOneVsOne();

            applyAll(
                    battle,
                    gift(ALICE, GALAXY).tap("m2", 1, 20),
                    gift(BOB, GALAXY).in(ROOM_B).tap("m1", 2, 10));

            assertThat(score(battle, "A")).isEqualTo(1000);
            assertThat(score(battle, "B")).isEqualTo(2000);
        }

        @Test
        void recordsLateEventsWithoutChangingTheResult() {
            Battle battle = startedOneVsOne();
            applyAll(battle, gift(ALICE, GALAXY).tap("m1", 1, 10), tick(300));
            BattleSnapshot atEnd = battle.snapshot();

            GiftReceived late = gift(BOB, LION).in(ROOM_B).tap("m2", 1, 299);
            ApplyResult result = battle.apply(late);

            assertThat(result).isEqualTo(new ApplyResult.Late());
            assertThat(battle.snapshot()).isEqualTo(atEnd);
            assertThat(battle.lateEvents()).containsExactly(late);
            assertThat(battle.statistics().lateEvents()).isEqualTo(1);
        }

        @Test
        void treatsEventsStampedAfterTheEndAsLateBeforeTheTickArrives() {
            Battle battle = startedOneVsOne();

            ApplyResult result = battle.apply(gift(ALICE, GALAXY).tap("m1", 1, 300));

            assertThat(result).isEqualTo(new ApplyResult.Late());
            assertThat(battle.phase()).isEqualTo(Phase.LIVE);
            assertThat(score(battle, "A")).isZero();
        }

        @Test
        void endsEarlyOnAnEndCommand() {
            Battle battle = startedOneVsOne();
            battle.apply(gift(ALICE, GALAXY).tap("m1", 1, 10));

            battle.apply(new End(at(60)));

            assertThat(battle.snapshot().endedAt()).isEqualTo(at(60));
            assertThat(battle.snapshot().winner()).isEqualTo("A");
            assertThat(battle.apply(gift(BOB, GALAXY).in(ROOM_B).tap("m2", 1, 61)))
                    .isEqualTo(new ApplyResult.Late());
        }
    }

    @Nested
    class ReceiverAttribution {

        @Test
        void creditsAGiftToAGuestToTheGuestsSide() {
            BattleConfig config = BattleConfig.builder("b")
                    .side(SideConfig.host("A", "Ava", ROOM_A, "host-a"))
                    .side(SideConfig.host("B", "Leo", ROOM_B, HOST_B).withGuest("guest-b"))
                    .build();
            Battle battle = started(config);

            battle.apply(gift(ALICE, GALAXY).in(ROOM_A).to("guest-b").tap("m1", 1, 1));

            assertThat(score(battle, "A")).isZero();
            assertThat(score(battle, "B")).isEqualTo(1000);
        }

        @Test
        void fallsBackToTheRoomsHostWithoutAReceiver() {
            Battle battle = startedOneVsOne();

            battle.apply(gift(ALICE, GALAXY).in(ROOM_B).tap("m1", 1, 1));

            assertThat(score(battle, "B")).isEqualTo(1000);
        }

        @Test
        void creditsAGuestOfTheSameSideToThatSide() {
            Battle battle = startedOneVsOne();

            battle.apply(gift(ALICE, GALAXY).in(ROOM_A).to(GUEST_A).tap("m1", 1, 1));

            assertThat(score(battle, "A")).isEqualTo(1000);
        }

        @Test
        void ignoresGiftsToReceiversOutsideTheBattle() {
            Battle battle = startedOneVsOne();

            ApplyResult result = battle.apply(gift(ALICE, GALAXY).to("stranger").tap("m1", 1, 1));

            assertThat(result).isEqualTo(new ApplyResult.Ignored(IgnoreReason.UNKNOWN_RECEIVER));
        }

        @Test
        void ignoresGiftsFromRoomsOutsideTheBattle() {
            Battle battle = startedOneVsOne();

            ApplyResult result = battle.apply(gift(ALICE, GALAXY).in("room-x").tap("m1", 1, 1));

            assertThat(result).isEqualTo(new ApplyResult.Ignored(IgnoreReason.UNKNOWN_ROOM));
        }
    }

    @Test
    void countsOnlyTheChosenGiftWhenTheRuleSaysSo() {
        Battle battle = started(oneVsOne().countOnlyGift(ROSE.id()).build());

        ApplyResult galaxy = battle.apply(gift(ALICE, GALAXY).tap("m1", 1, 1));
        applyAll(battle, gift(ALICE, ROSE).tap("m2", 1, 2), gift(ALICE, ROSE).end("m3", 6, 3));

        assertThat(galaxy).isEqualTo(new ApplyResult.Ignored(IgnoreReason.GIFT_NOT_COUNTED));
        assertThat(score(battle, "A")).isEqualTo(6);
    }

    @Nested
    class Likes {

        @Test
        void scoreWholeUnitsWhenLikeScoringIsOn() {
            Battle battle =
                    started(oneVsOne().likeScoring(new LikeScoring(10, 3)).build());

            applyAll(battle, likes("l1", ALICE, ROOM_A, 15, 1), likes("l2", BOB, ROOM_A, 7, 2));

            BattleSnapshot.Side a = battle.snapshot().side("A");
            assertThat(a.likes()).isEqualTo(22);
            assertThat(a.score()).isEqualTo(6);
        }

        @Test
        void areCountedButDoNotScoreByDefault() {
            Battle battle = startedOneVsOne();

            battle.apply(likes("l1", ALICE, ROOM_B, 15, 1));

            assertThat(battle.snapshot().side("B").likes()).isEqualTo(15);
            assertThat(score(battle, "B")).isZero();
        }

        @Test
        void creditTheLikerInTheSupporterList() {
            Battle battle =
                    started(oneVsOne().likeScoring(LikeScoring.pointsPerLike(1)).build());

            battle.apply(likes("l1", ALICE, ROOM_A, 12, 1));

            assertThat(battle.snapshot().side("A").mvp()).satisfies(mvp -> {
                assertThat(mvp.userId()).isEqualTo(ALICE.userId());
                assertThat(mvp.likes()).isEqualTo(12);
                assertThat(mvp.points()).isEqualTo(12);
            });
        }
    }

    /** Values no real source sends (the ingest API bounds them), applied directly to show the engine never wraps. */
    @Nested
    class NearTheLongMaximum {

        /** Not streakable, the largest price an int holds: one event of the largest count is worth about 2^62. */
        private static final Gift PRICELESS = new Gift(1, "Priceless", 2, Integer.MAX_VALUE);

        /** The same price, streakable. */
        private static final Gift PRICELESS_COMBO = new Gift(2, "Priceless combo", 1, Integer.MAX_VALUE);

        @Test
        void saturatesASideScoreInsteadOfWrappingIt() {
            Battle battle = startedOneVsOne();

            for (int i = 1; i <= 3; i++) {
                battle.apply(gift(ALICE, PRICELESS).tap("m" + i, Integer.MAX_VALUE, i));
            }
            battle.apply(gift(BOB, GALAXY).in(ROOM_B).tap("b1", 1, 4));
            battle.apply(new End(at(5)));

            BattleSnapshot snapshot = battle.snapshot();
            assertThat(snapshot.side("A").score()).isEqualTo(Long.MAX_VALUE);
            assertThat(snapshot.side("A").coins()).isEqualTo(Long.MAX_VALUE);
            assertThat(snapshot.side("A").mvp()).satisfies(mvp -> {
                assertThat(mvp.points()).isEqualTo(Long.MAX_VALUE);
                assertThat(mvp.coins()).isEqualTo(Long.MAX_VALUE);
            });
            assertThat(snapshot.leader()).isEqualTo("A");
            assertThat(snapshot.winner()).isEqualTo("A");
        }

        @Test
        void saturatesBoostedPoints() {
            PowerUpRules rules = PowerUpRules.standard().with(PowerUpKind.BOOSTING_GLOVE, PowerUpRule.boostingGlove(5));
            Battle battle = started(oneVsOne().powerUps(rules).build());

            applyAll(
                    battle,
                    powerUp("p1", PowerUpKind.BOOSTING_GLOVE, "A", 10),
                    gift(ALICE, PRICELESS).tap("m1", Integer.MAX_VALUE, 11));

            assertThat(score(battle, "A")).isEqualTo(Long.MAX_VALUE);
            assertThat(battle.snapshot().side("A").coins()).isEqualTo((long) Integer.MAX_VALUE * Integer.MAX_VALUE);
        }

        @Test
        void saturatesTheProvisionalScoreOfABoostedPendingStreak() {
            PowerUpRules rules = PowerUpRules.standard().with(PowerUpKind.BOOSTING_GLOVE, PowerUpRule.boostingGlove(5));
            Battle battle = started(oneVsOne().powerUps(rules).build());

            applyAll(
                    battle,
                    powerUp("p1", PowerUpKind.BOOSTING_GLOVE, "A", 10),
                    gift(ALICE, PRICELESS_COMBO).tap("m1", Integer.MAX_VALUE, 11));

            assertThat(score(battle, "A")).isZero();
            assertThat(battle.snapshot().side("A").provisionalScore()).isEqualTo(Long.MAX_VALUE);
        }

        @Test
        void saturatesLikePoints() {
            Battle battle = started(oneVsOne()
                    .likeScoring(LikeScoring.pointsPerLike(Integer.MAX_VALUE))
                    .build());

            for (int i = 1; i <= 3; i++) {
                battle.apply(likes("l" + i, ALICE, ROOM_A, Integer.MAX_VALUE, i));
            }

            BattleSnapshot.Side a = battle.snapshot().side("A");
            assertThat(a.likes()).isEqualTo(3L * Integer.MAX_VALUE);
            assertThat(a.score()).isEqualTo(Long.MAX_VALUE);
            assertThat(a.mvp()).satisfies(mvp -> assertThat(mvp.points()).isEqualTo(Long.MAX_VALUE));
        }

        @Test
        void saturatesTikToksScoresSummedOverASidesCreators() {
            Battle battle = startedOneVsOne();

            battle.apply(new ArmiesUpdated(
                    "tt-1", Map.of(HOST_A, Long.MAX_VALUE, GUEST_A, Long.MAX_VALUE, HOST_B, 1L), at(10)));

            assertThat(score(battle, "A")).isEqualTo(Long.MAX_VALUE);
            assertThat(battle.snapshot().leader()).isEqualTo("A");
        }
    }
}
