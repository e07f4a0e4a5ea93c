package io.battlesim.tiktok.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LiveSubscriptionTests {

    private static final int BUFFER = 50;

    private final TikTokEmulator emulator = TikTokEmulator.builder()
            .clock(new MutableClock(Instant.parse("2026-01-12T20:00:00Z")))
            .livePace(0)
            .liveBufferSize(BUFFER)
            .build();
    private final LiveRooms live = emulator.live();
    private final String ava = live.room("ava.sparks").orElseThrow().roomId();

    @AfterEach
    void close() {
        emulator.close();
    }

    private static List<Long> seqs(List<JsonNode> frames) {
        return frames.stream().map(frame -> frame.get("seq").longValue()).toList();
    }

    private static boolean isMarker(JsonNode frame) {
        return frame.get("type").asString().equals("chat")
                && frame.get("comment").asString().equals("marker");
    }

    private void sendMarker() {
        live.sendChat(ava, "Mara", "marker");
    }

    @Nested
    class Replay {

        @Test
        void startsAtTheRoomStatusForCursorZero() {
            RecordingListener listener = new RecordingListener();
            live.subscribe(ava, 0, listener);

            JsonNode first = listener.next();

            assertThat(first.get("type").asString()).isEqualTo("room_status");
            assertThat(first.get("status").asString()).isEqualTo("LIVE");
            assertThat(first.get("seq").longValue()).isEqualTo(1);
            assertThat(first.get("room_id").asString()).isEqualTo(ava);
        }

        @Test
        void sendsOnlyNewFramesWithoutACursor() {
            live.sendGift(ava, new GiftCommand("Mara", "Rose", 1));
            RecordingListener listener = new RecordingListener();
            live.subscribe(ava, LiveRooms.LIVE_ONLY, listener);
            sendMarker();

            assertThat(listener.takeUntil(LiveSubscriptionTests::isMarker)).hasSize(1);
        }

        @Test
        void resumesWithExactlyTheFramesMissedAfterTheCursor() {
            RecordingListener first = new RecordingListener();
            LiveSubscription subscription = live.subscribe(ava, LiveRooms.LIVE_ONLY, first);
            List<String> sent = live.sendGift(ava, new GiftCommand("Mara", "Rose", 2));
            List<JsonNode> seen = first.take(sent.size());
            subscription.close();
            long cursor = seen.getLast().get("seq").longValue();
            List<String> missed = live.sendGift(ava, new GiftCommand("Mara", "Perfume", 3));

            RecordingListener resumed = new RecordingListener();
            live.subscribe(ava, cursor, resumed);
            List<String> after = live.sendGift(ava, new GiftCommand("Jonas", "Lion", 1));

            List<JsonNode> received = resumed.take(missed.size() + after.size());
            assertThat(seqs(received))
                    .containsExactlyElementsOf(LongStream.rangeClosed(cursor + 1, cursor + missed.size() + after.size())
                            .boxed()
                            .toList());
            assertThat(received.subList(0, missed.size())).containsExactlyElementsOf(RecordingListener.parse(missed));
            sendMarker();
            assertThat(resumed.takeUntil(LiveSubscriptionTests::isMarker)).hasSize(1);
        }

        @Test
        void beginsWithAGapWhenTheCursorIsOlderThanTheBuffer() {
            live.sendLikes(ava, "Mara", 15 * 60);
            long lastSeq = live.room("ava.sparks").orElseThrow().lastSeq();
            RecordingListener listener = new RecordingListener();

            live.subscribe(ava, 3, listener);

            JsonNode gap = listener.next();
            assertThat(gap.get("type").asString()).isEqualTo("gap");
            assertThat(gap.get("from").longValue()).isEqualTo(4);
            assertThat(gap.get("to").longValue()).isEqualTo(lastSeq - BUFFER);
            assertThat(seqs(listener.take(BUFFER)))
                    .containsExactlyElementsOf(LongStream.rangeClosed(lastSeq - BUFFER + 1, lastSeq)
                            .boxed()
                            .toList());
        }

        @Test
        void replaysEverythingHeldForACursorFromAnEarlierRun() {
            RecordingListener listener = new RecordingListener();

            live.subscribe(ava, 999_999, listener);

            assertThat(listener.next().get("seq").longValue()).isEqualTo(1);
        }
    }

    @Nested
    class Offline {

        @Test
        void sendsRoomStatusOfflineThenClosesWith1000() {
            RecordingListener listener = new RecordingListener();
            live.subscribe(ava, LiveRooms.LIVE_ONLY, listener);
            live.sendGift(ava, new GiftCommand("Mara", "Rose", 1));

            live.goOffline("ava.sparks");

            assertThat(listener.awaitClose()).isEqualTo(new RecordingListener.Closed(1000, "room offline"));
            List<JsonNode> frames = listener.remaining();
            assertThat(frames)
                    .extracting(frame -> frame.get("type").asString())
                    .containsExactly("gift", "gift", "room_status");
            assertThat(frames.getLast().get("status").asString()).isEqualTo("OFFLINE");
            listener.assertCloseWasLast();
        }

        @Test
        void subscribingToAnOfflineRoomGetsItsStatusAndTheClose() {
            String omar = live.room("omar.cooks").orElseThrow().roomId();
            RecordingListener listener = new RecordingListener();

            live.subscribe(omar, LiveRooms.LIVE_ONLY, listener);

            assertThat(listener.awaitClose().code()).isEqualTo(1000);
            assertThat(listener.remaining())
                    .singleElement()
                    .satisfies(
                            frame -> assertThat(frame.get("status").asString()).isEqualTo("OFFLINE"));
        }

        @Test
        void goingLiveAgainStartsANewBroadcastOnTheSameStream() {
            live.goOffline(ava);
            long offlineSeq = live.room("ava.sparks").orElseThrow().lastSeq();
            RecordingListener listener = new RecordingListener();

            LiveRoom room = live.goLive(ava);
            live.subscribe(ava, offlineSeq, listener);

            assertThat(room.live()).isTrue();
            assertThat(room.guests()).extracting(LiveGuest::username).containsExactly("kai.games");
            JsonNode status = listener.next();
            assertThat(status.get("seq").longValue()).isEqualTo(offlineSeq + 1);
            assertThat(status.get("status").asString()).isEqualTo("LIVE");
        }
    }

    @Nested
    class SlowSubscribers {

        @Test
        void areClosedWith1013AndResumeWithTheirCursorWithoutLoss() throws InterruptedException {
            CountDownLatch inFirstFrame = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            RecordingListener slow = new RecordingListener() {
                @Override
                public void onMessage(String json) {
                    super.onMessage(json);
                    inFirstFrame.countDown();
                    await(release);
                }
            };
            live.subscribe(ava, LiveRooms.LIVE_ONLY, slow);
            live.sendChat(ava, "Mara", "first");
            assertThat(inFirstFrame.await(10, TimeUnit.SECONDS)).isTrue();

            live.sendLikes(ava, "Mara", 15 * (BUFFER - 1));
            release.countDown();

            assertThat(slow.awaitClose()).isEqualTo(new RecordingListener.Closed(1013, "try again later"));
            List<JsonNode> delivered = slow.remaining();
            assertThat(delivered).hasSize(1);
            long cursor = delivered.getFirst().get("seq").longValue();
            RecordingListener resumed = new RecordingListener();
            live.subscribe(ava, cursor, resumed);
            JsonNode next = resumed.next();
            assertThat(next.get("type").asString()).isEqualTo("like");
            assertThat(next.get("seq").longValue()).isEqualTo(cursor + 1);
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Nested
    class Closing {

        @Test
        void stopsDeliveryWithoutCallingOnClose() {
            RecordingListener closedOne = new RecordingListener();
            LiveSubscription subscription = live.subscribe(ava, LiveRooms.LIVE_ONLY, closedOne);
            RecordingListener witness = new RecordingListener();
            live.subscribe(ava, LiveRooms.LIVE_ONLY, witness);

            subscription.close();
            sendMarker();
            witness.takeUntil(LiveSubscriptionTests::isMarker);

            assertThat(subscription.isOpen()).isFalse();
            assertThat(closedOne.remaining()).isEmpty();
            assertThat(closedOne.closed()).isFalse();
        }

        @Test
        void endsAListenerThatThrowsWith1011() {
            RecordingListener failing = new RecordingListener() {
                @Override
                public void onMessage(String json) {
                    throw new IllegalStateException("socket gone");
                }
            };
            live.subscribe(ava, LiveRooms.LIVE_ONLY, failing);

            sendMarker();

            assertThat(failing.awaitClose().code()).isEqualTo(1011);
        }

        @Test
        void closingTheEmulatorEndsSubscriptionsWith1001AndRefusesNewOnes() {
            RecordingListener listener = new RecordingListener();
            live.subscribe(ava, LiveRooms.LIVE_ONLY, listener);

            emulator.close();

            assertThat(listener.awaitClose().code()).isEqualTo(1001);
            assertThatIllegalStateException().isThrownBy(() -> live.subscribe(ava, 0, new RecordingListener()));
        }

        @Test
        void refusesAnUnknownRoomId() {
            assertThatExceptionOfType(NoSuchElementException.class)
                    .isThrownBy(() -> live.subscribe("7300000000000000000", 0, new RecordingListener()));
        }
    }
}
