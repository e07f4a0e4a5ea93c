package io.battlesim.app.scoreboard.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleUpdate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How much a battle sends each viewer: score events between whole scoreboards, and a gift feed of bounded rate. */
class PacingTests {

    private static final Executor DIRECT = Runnable::run;
    private static final long INTERVAL = 500_000_000L;

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Runnable> due = new ArrayList<>();
    private final FakeBattleUpdates updates = new FakeBattleUpdates();
    private final TestUpdates battle = new TestUpdates();
    private final UpdateEncoder encoder = new UpdateEncoder(
            JsonMapper.builder().build(), Clock.fixed(Instant.ofEpochMilli(TestUpdates.START), ZoneOffset.UTC));
    private BattleBroadcaster broadcaster;

    @Nested
    class WholeScoreboards {

        @BeforeEach
        void follow() {
            PacingTests.this.follow(FeedSelector.everyGift());
        }

        @Test
        void sendsOnlyTheScoresBetweenTwoWholeScoreboards() {
            FakeSink viewer = connect(null);

            updates.publish(battle.scoreboard());
            updates.publish(battle.gift("First"));
            updates.publish(battle.scoreboard());
            updates.publish(battle.gift("Second"));
            BattleUpdate.ScoreboardChanged latest = battle.scoreboard();
            updates.publish(latest);

            assertThat(viewer.events()).containsExactly("scoreboard", "gift", "score", "gift", "score");
            assertThat(viewer.ids().getLast()).isEqualTo(latest.sequence());
            assertThat(viewer.data("score").getLast())
                    .isEqualTo("{\"version\":" + latest.snapshot().version()
                            + ",\"leader\":\"a\",\"pendingStreaks\":0,"
                            + "\"sides\":[{\"id\":\"a\",\"score\":598},{\"id\":\"b\",\"score\":0}],"
                            + "\"audience\":null}");
        }

        @Test
        void followsScoresWithTheWholeScoreboardOnceTheIntervalIsOver() {
            FakeSink viewer = connect(null);
            updates.publish(battle.scoreboard());
            updates.publish(battle.gift("Late Fan"));
            BattleUpdate.ScoreboardChanged scores = battle.scoreboard();
            updates.publish(scores);
            assertThat(due).hasSize(1);

            nanos.addAndGet(INTERVAL);
            due.removeFirst().run();

            assertThat(viewer.events()).containsExactly("scoreboard", "gift", "score", "scoreboard");
            assertThat(viewer.frames().getLast())
                    .startsWith("event: scoreboard\n")
                    .contains("\"Late Fan\"");
            assertThat(viewer.ids().getLast()).isEqualTo(scores.sequence());
        }

        @Test
        void owesNothingWhenTheLatestScoreboardWentOutWhole() {
            FakeSink viewer = connect(null);

            updates.publish(battle.scoreboard());

            assertThat(due).isEmpty();
            assertThat(viewer.events()).containsExactly("scoreboard");
        }

        @Test
        void sendsABoosterWholeAtOnce() {
            FakeSink viewer = connect(null);
            updates.publish(battle.scoreboard());

            updates.publish(battle.boostSideB());

            assertThat(viewer.events()).containsExactly("scoreboard", "scoreboard");
            assertThat(viewer.data("scoreboard").getLast())
                    .contains("\"id\":\"b\",\"label\":\"Leo Beats\",\"score\":0,\"multiplier\":2");
        }

        @Test
        void sendsTheFirstScoreboardAfterTheIntervalWhole() {
            FakeSink viewer = connect(null);
            updates.publish(battle.scoreboard());
            nanos.addAndGet(INTERVAL);

            updates.publish(battle.gift("Fan"));
            updates.publish(battle.scoreboard());

            assertThat(viewer.events()).containsExactly("scoreboard", "gift", "scoreboard");
        }

        @Test
        void givesAFreshClientTheWholeScoreboardThenTheNewerScores() {
            updates.publish(battle.scoreboard());
            updates.publish(battle.gift("Fan"));
            updates.publish(battle.scoreboard());

            FakeSink viewer = connect(null);

            assertThat(viewer.events()).containsExactly("scoreboard", "score");
            assertThat(viewer.data("score").getFirst()).contains("\"score\":299");
        }

        @Test
        void givesAClientResumingAfterAScoreTheWholeScoreboardItMissed() {
            FakeSink viewer = connect(null);
            updates.publish(battle.scoreboard());
            updates.publish(battle.gift("Fan"));
            updates.publish(battle.scoreboard());
            long lastSeen = viewer.ids().getLast();
            viewer.close();
            nanos.addAndGet(INTERVAL);
            due.removeFirst().run();

            FakeSink resumed = connect(lastSeen);

            assertThat(resumed.events()).containsExactly("scoreboard");
            assertThat(resumed.data("scoreboard").getFirst()).contains("\"nickname\":\"Fan\"");
        }
    }

    @Nested
    class GiftFeed {

        @BeforeEach
        void follow() {
            PacingTests.this.follow(new FeedSelector(2, nanos::get));
        }

        @Test
        void showsEveryGiftOfAQuietBattle() {
            FakeSink viewer = connect(null);

            for (int i = 0; i < 6; i++) {
                updates.publish(battle.gift("Fan " + i));
                nanos.addAndGet(500_000_000L);
            }

            assertThat(nicknames(viewer)).hasSize(6);
        }

        @Test
        void showsABurstUpToTheRateAndMoreAsTimePasses() {
            FakeSink viewer = connect(null);
            for (int i = 0; i < 4; i++) {
                updates.publish(battle.gift("Burst " + i));
            }
            assertThat(nicknames(viewer)).containsExactly("Burst 0", "Burst 1");

            nanos.addAndGet(500_000_000L);
            updates.publish(battle.gift("Later"));

            assertThat(nicknames(viewer)).containsExactly("Burst 0", "Burst 1", "Later");
        }

        @Test
        void showsOnlyTheBiggestGiftsOnceTheyComeFasterThanItShows() {
            FakeSink viewer = connect(null);
            for (int i = 0; i < 20; i++) {
                updates.publish(battle.gift("Rose " + i, 1));
            }
            updates.publish(battle.gift("Lion", 29_999));
            nanos.addAndGet(1_000_000_000L);
            List<String> before = nicknames(viewer);

            for (int i = 0; i < 20; i++) {
                updates.publish(battle.gift("Rose again " + i, 1));
                if (i == 10) {
                    updates.publish(battle.gift("Universe", 44_999));
                }
                nanos.addAndGet(10_000_000L);
            }
            updates.publish(battle.scoreboard());

            assertThat(nicknames(viewer)).isEqualTo(concat(before, "Universe"));
            assertThat(viewer.data("scoreboard").getLast())
                    .as("scores count every gift")
                    .contains("\"score\":" + (20 + 29_999 + 20 + 44_999));
        }

        @Test
        void keepsTheGiftsItShowsForThePage() {
            for (int i = 0; i < 5; i++) {
                updates.publish(battle.gift("Fan " + i));
            }

            var state = broadcaster.state();

            assertThat(state).isNull(); // no scoreboard yet
            updates.publish(battle.scoreboard());
            assertThat(broadcaster.state().recentGifts())
                    .extracting(gift -> gift.nickname())
                    .containsExactly("Fan 1", "Fan 0");
            assertThat(broadcaster.state().lastSequence()).isEqualTo(6);
        }

        private List<String> nicknames(FakeSink viewer) {
            return viewer.data("gift").stream()
                    .map(data -> data.replaceAll(".*\"nickname\":\"([^\"]*)\".*", "$1"))
                    .toList();
        }

        private List<String> concat(List<String> list, String last) {
            List<String> all = new ArrayList<>(list);
            all.add(last);
            return all;
        }
    }

    private void follow(FeedSelector feed) {
        broadcaster = new BattleBroadcaster(
                TestUpdates.BATTLE,
                300_000,
                encoder,
                DIRECT,
                4096,
                2000,
                new Pacing(
                        WakeThrottle.none(),
                        new ScoreCadence(INTERVAL, nanos::get, (task, delay) -> due.add(task)),
                        feed),
                0);
        broadcaster.follow(updates);
    }

    private FakeSink connect(@Nullable Long lastEventId) {
        FakeSink sink = new FakeSink();
        SseClient client = broadcaster.connect(sink, lastEventId, () -> {});
        sink.connect(client);
        return sink;
    }
}
