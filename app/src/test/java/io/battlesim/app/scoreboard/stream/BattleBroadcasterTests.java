package io.battlesim.app.scoreboard.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.BattleUpdate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BattleBroadcasterTests {

    private static final Executor DIRECT = Runnable::run;
    private static final int MAX_LAG = 8;

    private final FakeBattleUpdates updates = new FakeBattleUpdates();
    private final TestUpdates battle = new TestUpdates();
    private final UpdateEncoder encoder = new UpdateEncoder(
            JsonMapper.builder().build(), Clock.fixed(Instant.ofEpochMilli(TestUpdates.START), ZoneOffset.UTC));
    private final AtomicInteger closedClients = new AtomicInteger();
    private BattleBroadcaster broadcaster;

    @BeforeEach
    void follow() {
        broadcaster =
                new BattleBroadcaster(TestUpdates.BATTLE, 300_000, encoder, DIRECT, MAX_LAG, 2000, Pacing.none(), 0);
        broadcaster.follow(updates);
    }

    @Test
    void subscribesToTheBattleOnceWhateverTheNumberOfClients() {
        for (int i = 0; i < 5; i++) {
            connect(null);
        }

        assertThat(updates.subscriptions()).isOne();
        assertThat(broadcaster.clientCount()).isEqualTo(5);
    }

    @Test
    void fansEachUpdateOutAsOneSharedSerialisedFrame() {
        FakeSink first = connect(null);
        FakeSink second = connect(null);

        updates.publish(battle.gift("Fan"));

        byte[] firstFrame = first.writes().getLast();
        byte[] secondFrame = second.writes().getLast();
        assertThat(firstFrame).isSameAs(secondFrame);
        assertThat(new String(firstFrame, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("id: 1\nevent: gift\ndata: {")
                .contains("\"nickname\":\"Fan\"", "\"coins\":299", "\"icon\":\"/img/gifts/corgi.svg\"")
                .endsWith("}\n\n");
    }

    @Test
    void startsEveryStreamWithTheRetryDelay() {
        FakeSink sink = connect(null);

        assertThat(sink.text()).startsWith("retry: 2000\n\n");
    }

    @Test
    void givesAFreshClientTheLatestScoreboardButNoOldGift() {
        updates.publish(battle.scoreboard());
        updates.publish(battle.gift("Old"));
        BattleUpdate.ScoreboardChanged latest = battle.scoreboard();
        updates.publish(latest);

        FakeSink sink = connect(null);

        assertThat(sink.events()).containsExactly("scoreboard");
        assertThat(sink.ids()).containsExactly(latest.sequence());
        assertThat(sink.text()).doesNotContain("event: gift");
    }

    @Test
    void resumesAfterTheLastEventIdWithoutMissingAGift() {
        FakeSink before = connect(null);
        List<Long> gifts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            updates.publish(battle.scoreboard());
            BattleUpdate.GiftAlert gift = battle.gift("Fan " + i);
            gifts.add(gift.sequence());
            updates.publish(gift);
        }
        long lastSeen = before.ids().getLast();
        before.close();
        for (int i = 3; i < 6; i++) {
            BattleUpdate.GiftAlert gift = battle.gift("Fan " + i);
            gifts.add(gift.sequence());
            updates.publish(gift);
            updates.publish(battle.scoreboard());
        }

        FakeSink after = connect(lastSeen);

        List<Long> seen = new ArrayList<>(before.ids());
        seen.addAll(after.ids());
        assertThat(seen).containsAll(gifts).doesNotHaveDuplicates().isSorted();
        assertThat(after.ids()).allMatch(id -> id > lastSeen);
    }

    @Test
    void sendsAResumingClientOnlyTheNewestOfTheScoreboardsItMissed() {
        updates.publish(battle.scoreboard());
        long lastSeen = 1;
        updates.publish(battle.gift("A"));
        updates.publish(battle.scoreboard());
        updates.publish(battle.scoreboard());
        BattleUpdate.ScoreboardChanged newest = battle.scoreboard();
        updates.publish(newest);

        FakeSink sink = connect(lastSeen);

        assertThat(sink.events()).containsExactly("gift", "scoreboard");
        assertThat(sink.ids()).containsExactly(2L, newest.sequence());
    }

    @Test
    void sendsNothingToAClientThatSawEverything() {
        updates.publish(battle.scoreboard());
        updates.publish(battle.gift("A"));

        FakeSink sink = connect(2L);

        assertThat(sink.ids()).isEmpty();
    }

    @Test
    void writesNothingBeforeTheContainerSaysTheResponseIsWritable() {
        FakeSink sink = new FakeSink();
        broadcaster.connect(sink, null, closedClients::incrementAndGet);

        updates.publish(battle.gift("A"));

        assertThat(sink.writes()).isEmpty();
    }

    @Test
    void sendsHeartbeatsAsACommentAndAPingEvent() {
        FakeSink sink = connect(null);

        broadcaster.heartbeat(encoder.heartbeat());

        assertThat(sink.text())
                .endsWith(": heartbeat\nevent: ping\ndata: {\"serverNow\":" + TestUpdates.START + "}\n\n");
    }

    @Test
    void showsTheSeedOfABattleWhoseUpdatesAreNoLongerBuffered() {
        broadcaster =
                new BattleBroadcaster(TestUpdates.BATTLE, 300_000, encoder, DIRECT, MAX_LAG, 2000, Pacing.none(), 0);
        broadcaster.seed(
                encoder.seed("scoreboard", battle.snapshot(), 300_000),
                encoder.seed("ended", battle.snapshot(), 300_000));
        broadcaster.follow(new FakeBattleUpdates());

        FakeSink resuming = connect(41L);

        assertThat(resuming.events()).containsExactly("scoreboard", "ended");
        assertThat(resuming.ids()).isEmpty();
        assertThat(broadcaster.state()).isNotNull();
    }

    @Test
    void keepsTheLatestGiftsForThePageNewestFirst() {
        for (int i = 0; i < BattleBroadcaster.RECENT_GIFTS + 3; i++) {
            updates.publish(battle.gift("Fan " + i));
        }
        updates.publish(battle.scoreboard());

        var state = broadcaster.state();

        assertThat(state).isNotNull();
        assertThat(state.recentGifts()).hasSize(BattleBroadcaster.RECENT_GIFTS);
        assertThat(state.recentGifts().getFirst().nickname()).isEqualTo("Fan 14");
        assertThat(state.lastSequence()).isEqualTo(BattleBroadcaster.RECENT_GIFTS + 4);
    }

    @Test
    void stopsFollowingTheBattleWhenClosed() {
        FakeSink sink = connect(null);

        broadcaster.close();

        assertThat(updates.listeners()).isZero();
        assertThat(sink.closed()).isTrue();
        assertThat(closedClients).hasValue(1);
    }

    @Nested
    class WhenAClientIsSlow {

        private FakeSink slow;
        private FakeSink fast;

        @BeforeEach
        void connectTwoClients() {
            slow = connect(null);
            fast = connect(null);
            slow.stall();
        }

        @Test
        void catchesUpOnceItCanTakeBytesAgain() {
            for (int i = 0; i < MAX_LAG - 1; i++) {
                updates.publish(battle.gift("Fan " + i));
            }

            slow.resume();

            assertThat(slow.ids()).isEqualTo(fast.ids()).hasSize(MAX_LAG - 1);
            assertThat(slow.closed()).isFalse();
        }

        @Test
        void isDisconnectedOnceItFallsTooFarBehindWhileOthersGetEverything() {
            List<Long> sent = new ArrayList<>();
            for (int i = 0; i < MAX_LAG * 3; i++) {
                BattleUpdate.GiftAlert gift = battle.gift("Fan " + i);
                sent.add(gift.sequence());
                updates.publish(gift);
            }

            assertThat(slow.closed()).isTrue();
            assertThat(closedClients).hasValue(1);
            assertThat(broadcaster.clientCount()).isOne();
            assertThat(fast.ids()).isEqualTo(sent);
        }

        @Test
        void resumesWithItsLastEventIdAfterBeingDisconnected() {
            List<Long> sent = new ArrayList<>();
            for (int i = 0; i < MAX_LAG * 3; i++) {
                BattleUpdate.GiftAlert gift = battle.gift("Fan " + i);
                sent.add(gift.sequence());
                updates.publish(gift);
            }

            FakeSink again = connect(0L);

            assertThat(again.ids()).isEqualTo(sent);
        }
    }

    /** A broadcaster waking its clients at most every 50 ms on the clock {@code nanos}; delayed wake-ups go to {@code due}. */
    @Nested
    class WhenThrottled {

        private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
        private final List<Runnable> due = new ArrayList<>();
        private FakeSink viewer;

        @BeforeEach
        void followThrottled() {
            broadcaster = new BattleBroadcaster(
                    TestUpdates.BATTLE,
                    300_000,
                    encoder,
                    DIRECT,
                    64,
                    2000,
                    new Pacing(
                            new WakeThrottle(50_000_000L, nanos::get, (task, delay) -> due.add(task)),
                            ScoreCadence.wholeEveryTime(),
                            FeedSelector.everyGift()),
                    0);
            broadcaster.follow(updates);
            viewer = connect(null);
        }

        @Test
        void aBusyBattleWakesItsClientsOncePerFlushIntervalWithEveryNewFrame() {
            int flushesAfterConnect = viewer.flushes();

            updates.publish(battle.gift("First")); // after a quiet spell: at once
            for (int i = 0; i < 30; i++) {
                updates.publish(battle.gift("Fan " + i)); // within the interval: wait for one wake-up
            }

            assertThat(viewer.events()).containsExactly("gift");
            assertThat(due).hasSize(1);

            nanos.addAndGet(50_000_000L);
            due.removeFirst().run();

            assertThat(viewer.flushes() - flushesAfterConnect).isEqualTo(2);
            assertThat(viewer.events()).hasSize(31);
            assertThat(viewer.ids()).isSorted().doesNotHaveDuplicates().hasSize(31);
        }

        @Test
        void newScoresGoOutAtOnceEvenRightAfterAGiftWokeTheClientsButAtMostOncePerInterval() {
            updates.publish(battle.gift("First"));
            nanos.addAndGet(10_000_000L);
            updates.publish(battle.scoreboard());

            assertThat(viewer.events()).containsExactly("gift", "scoreboard");

            nanos.addAndGet(10_000_000L);
            updates.publish(battle.gift("Second"));
            updates.publish(battle.scoreboard());

            assertThat(viewer.events()).as("scores woke the clients 10 ms ago").hasSize(2);
            assertThat(due).hasSize(1);
            nanos.addAndGet(50_000_000L);
            due.removeFirst().run();
            assertThat(viewer.events()).containsExactly("gift", "scoreboard", "gift", "scoreboard");
        }

        @Test
        void theEndOfABattleGoesOutAtOnceEvenWithinTheInterval() {
            updates.publish(battle.gift("First"));
            updates.publish(battle.gift("Sniper"));
            updates.publish(new BattleUpdate.BattleEnded(TestUpdates.BATTLE, 3, battle.snapshot()));

            assertThat(viewer.events()).containsExactly("gift", "gift", "ended");
        }
    }

    private FakeSink connect(@Nullable Long lastEventId) {
        FakeSink sink = new FakeSink();
        SseClient client = broadcaster.connect(sink, lastEventId, closedClients::incrementAndGet);
        sink.connect(client);
        return sink;
    }
}
