package io.battlesim.engine;

import static io.battlesim.engine.BattleFixtures.ALICE;
import static io.battlesim.engine.BattleFixtures.BOB;
import static io.battlesim.engine.BattleFixtures.GALAXY;
import static io.battlesim.engine.BattleFixtures.ROOM_A;
import static io.battlesim.engine.BattleFixtures.ROSE;
import static io.battlesim.engine.BattleFixtures.T0;
import static io.battlesim.engine.BattleFixtures.at;
import static io.battlesim.engine.BattleFixtures.gift;
import static io.battlesim.engine.BattleFixtures.likes;
import static io.battlesim.engine.BattleFixtures.oneVsOne;
import static io.battlesim.engine.BattleFixtures.powerUp;
import static io.battlesim.engine.BattleFixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.ChatSyntax;
import io.battlesim.engine.audience.FireCause;
import io.battlesim.engine.audience.GiftVotes;
import io.battlesim.engine.audience.LikeGoal;
import io.battlesim.engine.audience.VoteChannel;
import io.battlesim.engine.event.AudienceRulesChanged;
import io.battlesim.engine.event.AudienceVote;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.RejectReason;
import io.battlesim.engine.powerup.TriggeredBy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BattleAudienceTests {

    private static final AtomicInteger IDS = new AtomicInteger();

    /** One vote per 10 s, a glove after 3 votes (cooling down 20 s), a mist after 2, no like goal. */
    private static AudienceRules rules() {
        return new AudienceRules(
                true,
                Duration.ofSeconds(10),
                1,
                Map.of(
                        PowerUpKind.BOOSTING_GLOVE, new BoosterGoal(3, Duration.ofSeconds(20)),
                        PowerUpKind.MAGIC_MIST, new BoosterGoal(2, Duration.ZERO)),
                true,
                ChatSyntax.standard(),
                null,
                null);
    }

    private static Battle battle(AudienceRules rules) {
        return started(oneVsOne().audience(rules).build());
    }

    private static AudienceVote vote(String voter, String side, @Nullable PowerUpKind booster, double seconds) {
        return new AudienceVote("v" + IDS.incrementAndGet(), voter, side, booster, VoteChannel.WEB, at(seconds));
    }

    private static AudienceSnapshot.SideVotes votesOf(Battle battle, String side) {
        return battle.snapshot().audience().sides().stream()
                .filter(s -> s.sideId().equals(side))
                .findFirst()
                .orElseThrow();
    }

    private static long meter(Battle battle, String side, PowerUpKind kind) {
        return votesOf(battle, side).boosters().stream()
                .filter(m -> m.kind() == kind)
                .findFirst()
                .orElseThrow()
                .votes();
    }

    private static @Nullable RejectReason refusal(ApplyResult result) {
        return result instanceof ApplyResult.Rejected rejected ? rejected.reason() : null;
    }

    @Nested
    class Votes {

        @Test
        void countForTheSideAndByChannel() {
            Battle battle = battle(rules());
            battle.apply(vote("web:1", "A", null, 1));
            battle.apply(vote("web:2", "A", null, 1));
            battle.apply(new AudienceVote("c1", "chat:9", "B", null, VoteChannel.CHAT, at(2)));

            AudienceSnapshot audience = battle.snapshot().audience();
            assertThat(votesOf(battle, "A").votes()).isEqualTo(2);
            assertThat(votesOf(battle, "A").webVotes()).isEqualTo(2);
            assertThat(votesOf(battle, "B").chatVotes()).isEqualTo(1);
            assertThat(audience.totalVotes()).isEqualTo(3);
            assertThat(audience.voters()).isEqualTo(3);
        }

        @Test
        void areRefusedWhenTheAudienceIsOffBeforeTheStartOrForAnUnknownSide() {
            Battle off = battle(AudienceRules.off());
            assertThat(refusal(off.apply(vote("web:1", "A", null, 1)))).isEqualTo(RejectReason.AUDIENCE_OFF);

            Battle scheduled = new Battle(oneVsOne().audience(rules()).build());
            assertThat(refusal(scheduled.apply(vote("web:1", "A", null, 0)))).isEqualTo(RejectReason.NOT_LIVE);

            Battle battle = battle(rules());
            assertThat(refusal(battle.apply(vote("web:1", "C", null, 1)))).isEqualTo(RejectReason.UNKNOWN_SIDE);
            assertThat(battle.snapshot().audience().totalVotes()).isZero();
        }

        @Test
        void afterTheEndAreLate() {
            Battle battle = battle(rules());
            assertThat(battle.apply(vote("web:1", "A", null, 300))).isInstanceOf(ApplyResult.Late.class);
        }

        @Test
        void aReplayedVoteIsADuplicateAndCountsOnce() {
            Battle battle = battle(rules());
            AudienceVote vote = vote("web:1", "A", null, 1);
            battle.apply(vote);
            assertThat(battle.apply(vote)).isInstanceOf(ApplyResult.Duplicate.class);
            assertThat(votesOf(battle, "A").votes()).isEqualTo(1);
        }

        @Test
        void chatVotesAreRefusedWhenChatCommandsAreOff() {
            AudienceRules rules = rules();
            Battle battle = battle(new AudienceRules(
                    true, rules.voteWindow(), 1, rules.boosters(), false, rules.chatSyntax(), null, null));
            ApplyResult chat = battle.apply(new AudienceVote("c1", "chat:9", "B", null, VoteChannel.CHAT, at(2)));
            assertThat(refusal(chat)).isEqualTo(RejectReason.CHAT_COMMANDS_OFF);
            assertThat(battle.apply(vote("web:1", "B", null, 2))).isInstanceOf(ApplyResult.Applied.class);
        }
    }

    @Nested
    class PerViewerWindow {

        @Test
        void allowsOneVotePerWindowPerViewer() {
            Battle battle = battle(rules());
            assertThat(battle.apply(vote("web:1", "A", null, 1))).isInstanceOf(ApplyResult.Applied.class);
            assertThat(refusal(battle.apply(vote("web:1", "B", null, 10.999)))).isEqualTo(RejectReason.VOTE_TOO_SOON);
            assertThat(battle.apply(vote("web:2", "B", null, 5))).isInstanceOf(ApplyResult.Applied.class);
            assertThat(battle.apply(vote("web:1", "B", null, 11))).isInstanceOf(ApplyResult.Applied.class);
            assertThat(battle.snapshot().audience().totalVotes()).isEqualTo(3);
        }

        @Test
        void allowsSeveralVotesPerSlidingWindow() {
            AudienceRules three = withVotesPerWindow(rules(), 3);
            Battle battle = battle(three);
            for (double s : new double[] {1, 2, 3}) {
                assertThat(battle.apply(vote("web:1", "A", null, s))).isInstanceOf(ApplyResult.Applied.class);
            }
            assertThat(refusal(battle.apply(vote("web:1", "A", null, 10.5)))).isEqualTo(RejectReason.VOTE_TOO_SOON);
            // the first vote (at 1 s) has left the window at 11 s; the second not yet
            assertThat(battle.apply(vote("web:1", "A", null, 11))).isInstanceOf(ApplyResult.Applied.class);
            assertThat(refusal(battle.apply(vote("web:1", "A", null, 11.5)))).isEqualTo(RejectReason.VOTE_TOO_SOON);
        }

        @Test
        void aRefusedBoosterVoteCostsNoVote() {
            Battle battle = battle(rules());
            ApplyResult hammer = battle.apply(vote("web:1", "A", PowerUpKind.STUN_HAMMER, 1));
            assertThat(refusal(hammer)).isEqualTo(RejectReason.BOOSTER_NOT_OFFERED);
            assertThat(battle.apply(vote("web:1", "A", null, 1.5))).isInstanceOf(ApplyResult.Applied.class);
        }

        @Test
        void followsAChangeOfTheRulesMidBattle() {
            Battle battle = battle(rules());
            battle.apply(vote("web:1", "A", null, 1));
            battle.apply(new AudienceRulesChanged("r1", withVotesPerWindow(rules(), 2), at(2)));
            assertThat(battle.apply(vote("web:1", "A", null, 3))).isInstanceOf(ApplyResult.Applied.class);
            assertThat(refusal(battle.apply(vote("web:1", "A", null, 4)))).isEqualTo(RejectReason.VOTE_TOO_SOON);

            battle.apply(new AudienceRulesChanged("r2", rules().switched(false), at(5)));
            assertThat(refusal(battle.apply(vote("web:2", "A", null, 6)))).isEqualTo(RejectReason.AUDIENCE_OFF);
            assertThat(battle.snapshot().audience().enabled()).isFalse();
        }
    }

    @Nested
    class BoosterGoals {

        @Test
        void fireTheBoosterOnceTheThresholdIsReachedAndStartOver() {
            Battle battle = battle(rules());
            battle.apply(vote("web:1", "A", PowerUpKind.BOOSTING_GLOVE, 1));
            battle.apply(vote("web:2", "A", PowerUpKind.BOOSTING_GLOVE, 2));
            assertThat(meter(battle, "A", PowerUpKind.BOOSTING_GLOVE)).isEqualTo(2);
            assertThat(battle.snapshot().side("A").multiplier()).isEqualTo(1);

            ApplyResult third = battle.apply(vote("web:3", "A", PowerUpKind.BOOSTING_GLOVE, 3));

            assertThat(BattleFixtures.changesOf(third))
                    .contains(new Change.PowerUpActivated(
                            PowerUpKind.BOOSTING_GLOVE, "A", TriggeredBy.AUDIENCE, "audience:votes", at(3)));
            AudienceSnapshot audience = battle.snapshot().audience();
            assertThat(audience.lastFired())
                    .isEqualTo(new AudienceSnapshot.Fired(PowerUpKind.BOOSTING_GLOVE, "A", FireCause.VOTES, at(3)));
            assertThat(audience.boostersFired()).isEqualTo(1);
            assertThat(meter(battle, "A", PowerUpKind.BOOSTING_GLOVE)).isZero();
            assertThat(votesOf(battle, "A").votes())
                    .as("booster votes also support the side")
                    .isEqualTo(3);

            battle.apply(gift(ALICE, GALAXY).tap("g1", 1, 4));
            assertThat(battle.snapshot().side("A").score()).isEqualTo(2000);
        }

        @Test
        void areRefusedWhileTheGoalCoolsDownAndWhileTheBoosterIsActive() {
            Battle battle = battle(rules());
            for (int i = 1; i <= 3; i++) {
                battle.apply(vote("web:" + i, "A", PowerUpKind.BOOSTING_GLOVE, i));
            }
            // the glove is active for 30 s from 3 s; the goal cools down 20 s
            ApplyResult cooling = battle.apply(vote("web:9", "A", PowerUpKind.BOOSTING_GLOVE, 10));
            assertThat(refusal(cooling)).isEqualTo(RejectReason.BOOSTER_COOLING_DOWN);
            assertThat(battle.snapshot()
                            .audience()
                            .sides()
                            .getFirst()
                            .boosters()
                            .getFirst()
                            .coolingUntil())
                    .isEqualTo(at(23));
            ApplyResult active = battle.apply(vote("web:9", "A", PowerUpKind.BOOSTING_GLOVE, 25));
            assertThat(refusal(active)).isEqualTo(RejectReason.ALREADY_ACTIVE);
            // the standard glove rule: once a minute per side
            ApplyResult ruleCooldown = battle.apply(vote("web:9", "A", PowerUpKind.BOOSTING_GLOVE, 40));
            assertThat(refusal(ruleCooldown)).isEqualTo(RejectReason.COOLDOWN);
            assertThat(battle.apply(vote("web:9", "A", PowerUpKind.BOOSTING_GLOVE, 63)))
                    .isInstanceOf(ApplyResult.Applied.class);
            assertThat(refusal(battle.apply(vote("web:8", "B", PowerUpKind.BOOSTING_GLOVE, 10))))
                    .isNull();
        }

        @Test
        void areRefusedWhenTheCreatorAlreadyUsedTheBooster() {
            Battle battle = battle(rules());
            battle.apply(powerUp("p1", PowerUpKind.MAGIC_MIST, "B", 1));
            assertThat(refusal(battle.apply(vote("web:1", "B", PowerUpKind.MAGIC_MIST, 2))))
                    .isEqualTo(RejectReason.ALREADY_ACTIVE);
        }

        @Test
        void fireExactlyOnceWhenManyVotesCrossTheThresholdTogether() {
            AudienceRules rules = rules();
            Battle battle = battle(rules);
            List<BattleEvent> votes = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                votes.add(vote("web:" + i, "B", PowerUpKind.MAGIC_MIST, 5));
            }
            int fired = 0;
            int accepted = 0;
            for (BattleEvent vote : votes) {
                ApplyResult result = battle.apply(vote);
                if (result instanceof ApplyResult.Applied applied) {
                    accepted++;
                    fired += (int) applied.changes().stream()
                            .filter(Change.PowerUpActivated.class::isInstance)
                            .count();
                }
            }
            assertThat(fired).isEqualTo(1);
            assertThat(accepted)
                    .as("two fill the goal, the rest find the mist active")
                    .isEqualTo(2);
            assertThat(battle.snapshot().side("B").hidden()).isTrue();
        }
    }

    @Nested
    class LikeGoals {

        private AudienceRules likeRules() {
            AudienceRules r = rules();
            return new AudienceRules(
                    true,
                    r.voteWindow(),
                    1,
                    r.boosters(),
                    true,
                    r.chatSyntax(),
                    new LikeGoal(100, PowerUpKind.BOOSTING_GLOVE),
                    null);
        }

        @Test
        void countEveryLikeOfABatchAndFireAtTheGoal() {
            Battle battle = battle(likeRules());
            for (int i = 0; i < 6; i++) {
                battle.apply(likes("l" + i, ALICE, ROOM_A, 15, 1 + i * 0.1));
            }
            assertThat(votesOf(battle, "A").likes()).isEqualTo(90);
            assertThat(battle.snapshot().side("A").multiplier()).isEqualTo(1);

            battle.apply(likes("l6", BOB, ROOM_A, 15, 2));

            assertThat(battle.snapshot().side("A").multiplier()).isEqualTo(2);
            assertThat(votesOf(battle, "A").likes())
                    .as("the 5 taps beyond the goal start the next")
                    .isEqualTo(5);
            assertThat(battle.snapshot().audience().lastFired().cause()).isEqualTo(FireCause.LIKES);
        }

        @Test
        void waitFullWhileTheBoosterCannotFireAndFireWithTheNextLikeAfterwards() {
            Battle battle = battle(likeRules());
            battle.apply(powerUp("p1", PowerUpKind.BOOSTING_GLOVE, "A", 1));
            battle.apply(likes("l1", ALICE, ROOM_A, 100, 2));
            assertThat(votesOf(battle, "A").likes()).isEqualTo(100);
            assertThat(battle.snapshot().audience().boostersFired()).isZero();

            // the creator's glove: active 30 s, then the rule's one-minute cooldown
            battle.apply(likes("l2", ALICE, ROOM_A, 1, 62));

            assertThat(battle.snapshot().audience().boostersFired()).isEqualTo(1);
            assertThat(battle.snapshot().side("A").effects())
                    .anySatisfy(effect -> assertThat(effect.effect()).isEqualTo(Effect.BOOST));
        }
    }

    @Nested
    class GiftVoting {

        @Test
        void isOffByDefault() {
            Battle battle = battle(rules());
            battle.apply(gift(ALICE, GALAXY).tap("g1", 1, 1));
            assertThat(battle.snapshot().audience().totalVotes()).isZero();
        }

        @Test
        void castsCappedVotesForTheSideTheGiftWentTo() {
            AudienceRules r = rules();
            Battle battle = battle(new AudienceRules(
                    true, r.voteWindow(), 1, r.boosters(), true, r.chatSyntax(), null, new GiftVotes(100, 5)));
            battle.apply(gift(ALICE, GALAXY).tap("g1", 1, 1)); // 1,000 coins: 10 votes, capped at 5
            battle.apply(gift(BOB, ROSE).end("r1", 1, 2)); // 1 coin: at least one vote

            assertThat(votesOf(battle, "A").giftVotes()).isEqualTo(6);
            assertThat(votesOf(battle, "A").votes()).isEqualTo(6);
        }
    }

    @Test
    void aBattleRebuiltFromItsEventsHasTheSameAudience() {
        AudienceRules rules = withVotesPerWindow(rules(), 2);
        Random random = new Random(42);
        List<BattleEvent> events = new ArrayList<>();
        events.add(new Start(T0));
        for (int i = 0; i < 2_000; i++) {
            PowerUpKind booster = random.nextInt(3) == 0 ? PowerUpKind.values()[random.nextInt(4)] : null;
            events.add(vote("web:" + random.nextInt(200), random.nextBoolean() ? "A" : "B", booster, i * 0.1));
        }
        Battle live = new Battle(oneVsOne().audience(rules).build());
        events.forEach(live::apply);

        Battle rebuilt = Battle.replay(oneVsOne().audience(rules).build(), List.copyOf(events));

        assertThat(rebuilt.snapshot().audience()).isEqualTo(live.snapshot().audience());
        assertThat(live.snapshot().audience().boostersFired()).isPositive();
    }

    private static AudienceRules withVotesPerWindow(AudienceRules r, int votes) {
        return new AudienceRules(
                r.enabled(),
                r.voteWindow(),
                votes,
                r.boosters(),
                r.chatCommands(),
                r.chatSyntax(),
                r.likeGoal(),
                r.giftVotes());
    }
}
