package io.battlesim.app.battle;

import static io.battlesim.app.battle.TestBattles.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.battlesim.app.auth.TestClock;
import io.battlesim.app.auth.TestDatabases;
import io.battlesim.app.auth.TestDatabases.Database;
import io.battlesim.engine.AudienceSnapshot;
import io.battlesim.engine.audience.AudienceRules;
import io.battlesim.engine.audience.BoosterGoal;
import io.battlesim.engine.audience.ChatSyntax;
import io.battlesim.engine.audience.VoteChannel;
import io.battlesim.engine.event.AudienceVote;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.RejectReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Viewers' votes through the battle's writer and event log: counted exactly, a goal fires once however many votes
 * cross it together, and a restarted process rebuilds the same totals, goals and per-viewer windows (H2 always,
 * PostgreSQL when it answers).
 */
class BattleAudienceTests {

    @Nested
    class OnH2 extends AudienceContract {
        OnH2() {
            super(Optional.of(TestDatabases.h2()));
        }
    }

    @Nested
    class OnPostgres extends AudienceContract {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class AudienceContract {

        private static final int GLOVE_THRESHOLD = 25;

        private final Optional<Database> database;
        private final TestClock clock = TestClock.at("2026-06-01T18:00:00Z");
        private final List<BattleTestRig> rigs = new ArrayList<>();

        AudienceContract(Optional<Database> database) {
            this.database = database;
        }

        @AfterEach
        void stopAndDrop() {
            rigs.forEach(BattleTestRig::crash);
            database.ifPresent(Database::close);
        }

        private BattleTestRig firstProcess() {
            assumeThat(database)
                    .as("PostgreSQL on 127.0.0.1:5432 is not answering")
                    .isPresent();
            BattleTestRig rig = new BattleTestRig(database.orElseThrow(), clock);
            rigs.add(rig);
            return rig;
        }

        /** One vote per viewer per 10 s; a glove after 25 votes (then a minute's cooldown); chat counts. */
        private static AudienceRules rules() {
            return new AudienceRules(
                    true,
                    Duration.ofSeconds(10),
                    1,
                    Map.of(PowerUpKind.BOOSTING_GLOVE, new BoosterGoal(GLOVE_THRESHOLD, Duration.ofMinutes(1))),
                    true,
                    ChatSyntax.standard(),
                    null,
                    null);
        }

        private String liveBattle(BattleTestRig rig, AudienceRules rules) {
            BattleSetup plain = TestBattles.avaVsLeo(Duration.ofMinutes(5));
            BattleSetup setup = new BattleSetup(
                    plain.title(),
                    plain.sides(),
                    new BattleRules(Duration.ofMinutes(5), null, 0, EnumSet.allOf(PowerUpKind.class))
                            .withAudience(rules),
                    plain.source(),
                    null);
            String id = rig.battles.create(setup).id();
            rig.battles.start(id);
            return id;
        }

        private static AudienceSnapshot.SideVotes side(BattleTestRig rig, String id, String sideId) {
            return rig.battles.find(id).orElseThrow().snapshot().audience().sides().stream()
                    .filter(side -> side.sideId().equals(sideId))
                    .findFirst()
                    .orElseThrow();
        }

        @Test
        void countsEachViewersVoteOncePerWindowAndAReplayedVoteNotAtAll() {
            BattleTestRig rig = firstProcess();
            String id = liveBattle(rig, rules());

            VoteAnswer first = rig.audience.vote(id, "v1", "web:alice", "s1", null);
            VoteAnswer again = rig.audience.vote(id, "v2", "web:alice", "s2", null);
            VoteAnswer replay = rig.audience.vote(id, "v1", "web:alice", "s1", null);
            VoteAnswer bob = rig.audience.vote(id, "v3", "web:bob", "s2", null);
            clock.advance(Duration.ofSeconds(10));
            VoteAnswer later = rig.audience.vote(id, "v4", "web:alice", "s2", null);

            assertThat(first.outcome()).isEqualTo(VoteAnswer.Outcome.COUNTED);
            assertThat(again.outcome()).isEqualTo(VoteAnswer.Outcome.REFUSED);
            assertThat(again.reason()).isEqualTo(RejectReason.VOTE_TOO_SOON);
            assertThat(replay.outcome()).isEqualTo(VoteAnswer.Outcome.DUPLICATE);
            assertThat(bob.counted()).isTrue();
            assertThat(later.counted()).isTrue();
            assertThat(side(rig, id, "s1").webVotes()).isEqualTo(1);
            assertThat(side(rig, id, "s2").webVotes()).isEqualTo(2);
            assertThat(rig.battles.find(id).orElseThrow().snapshot().audience().voters())
                    .isEqualTo(2);
        }

        @Test
        void firesTheBoosterExactlyOnceWhenConcurrentVotesCrossItsThreshold() throws Exception {
            BattleTestRig rig = firstProcess();
            String id = liveBattle(rig, rules());
            int viewers = 200;
            AtomicInteger counted = new AtomicInteger();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<VoteAnswer>> answers = new ArrayList<>();
                for (int i = 0; i < viewers; i++) {
                    String voter = "web:viewer-" + i;
                    String voteId = "glove-" + i;
                    answers.add(threads.submit(
                            () -> rig.audience.vote(id, voteId, voter, "s1", PowerUpKind.BOOSTING_GLOVE)));
                }
                for (Future<VoteAnswer> answer : answers) {
                    VoteAnswer vote = answer.get();
                    if (vote.counted()) {
                        counted.incrementAndGet();
                    } else {
                        assertThat(vote.reason()).isIn(RejectReason.BOOSTER_COOLING_DOWN, RejectReason.ALREADY_ACTIVE);
                    }
                }
            }

            AudienceSnapshot audience =
                    rig.battles.find(id).orElseThrow().snapshot().audience();
            assertThat(counted.get()).isEqualTo(GLOVE_THRESHOLD);
            assertThat(audience.boostersFired()).isEqualTo(1);
            assertThat(audience.totalVotes()).isEqualTo(GLOVE_THRESHOLD);
            assertThat(audience.lastFired().kind()).isEqualTo(PowerUpKind.BOOSTING_GLOVE);
            assertThat(rig.battles.find(id).orElseThrow().snapshot().side("s1").multiplier())
                    .isEqualTo(2);
        }

        @Test
        void aRestartedProcessRebuildsTheVotesGoalsAndWindowsFromTheLog() {
            BattleTestRig before = firstProcess();
            String id = liveBattle(before, rules());
            int counted = 0;
            for (int i = 0; i < 40; i++) {
                PowerUpKind booster = i % 2 == 0 ? PowerUpKind.BOOSTING_GLOVE : null;
                if (before.audience
                        .vote(id, "k" + i, "web:v" + i, i % 3 == 0 ? "s2" : "s1", booster)
                        .counted()) {
                    counted++;
                }
            }
            // a chat vote as a connector submits it
            AudienceVote chat = new AudienceVote(
                    "chat:m1", "chat:" + viewer("zoe").userId(), "s2", null, VoteChannel.CHAT, clock.millis());
            assertThat(before.battles.submit(id, chat).join()).isEqualTo(Admission.ACCEPTED);
            AudienceSnapshot acknowledged =
                    before.battles.find(id).orElseThrow().snapshot().audience();

            before.crash();
            BattleTestRig after = before.restarted();
            rigs.add(after);

            AudienceSnapshot rebuilt =
                    after.battles.find(id).orElseThrow().snapshot().audience();
            assertThat(rebuilt).isEqualTo(acknowledged);
            assertThat(rebuilt.totalVotes()).isEqualTo(counted + 1);
            assertThat(after.audience.vote(id, "k0", "web:v0", "s1", null).outcome())
                    .isEqualTo(VoteAnswer.Outcome.DUPLICATE);
            assertThat(after.audience.vote(id, "new", "web:v1", "s1", null).reason())
                    .as("the window of a viewer who voted before the crash still holds")
                    .isEqualTo(RejectReason.VOTE_TOO_SOON);
        }

        @Test
        void changedRulesAreLoggedAndHoldAfterARestart() {
            BattleTestRig before = firstProcess();
            String id = liveBattle(before, rules());
            before.audience.changeRules(id, rules().switched(false));

            before.crash();
            BattleTestRig after = before.restarted();
            rigs.add(after);

            assertThat(after.audience.rules(id).enabled()).isFalse();
            assertThat(after.audience.vote(id, "x", "web:late", "s1", null).reason())
                    .isEqualTo(RejectReason.AUDIENCE_OFF);
        }

        @Test
        void readsChatCommandsOfTheBattlesRoomsOnly() {
            BattleTestRig rig = firstProcess();
            String id = liveBattle(rig, rules());
            long now = clock.millis();

            Optional<AudienceVote> vote =
                    rig.audience.chatVote(id, new ChatMessage("m1", "r-leo", viewer("kai"), "!vote Leo 🔥", now));
            Optional<AudienceVote> boost =
                    rig.audience.chatVote(id, new ChatMessage("m2", "r-ava", viewer("mia"), "!BOOST glove a", now));
            Optional<AudienceVote> chatter =
                    rig.audience.chatVote(id, new ChatMessage("m3", "r-ava", viewer("mia"), "who's winning??", now));
            Optional<AudienceVote> elsewhere =
                    rig.audience.chatVote(id, new ChatMessage("m4", "r-other", viewer("mia"), "!vote A", now));

            assertThat(vote).hasValueSatisfying(v -> {
                assertThat(v.sideId()).isEqualTo("s2");
                assertThat(v.voterId()).isEqualTo("chat:id-kai");
                assertThat(v.eventId()).isEqualTo("chat:m1");
                assertThat(v.channel()).isEqualTo(VoteChannel.CHAT);
            });
            assertThat(boost).hasValueSatisfying(v -> {
                assertThat(v.sideId()).isEqualTo("s1");
                assertThat(v.booster()).isEqualTo(PowerUpKind.BOOSTING_GLOVE);
            });
            assertThat(chatter).isEmpty();
            assertThat(elsewhere).isEmpty();
        }
    }
}
