package io.battlesim.app.live.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.event.ArmiesUpdated;
import io.battlesim.engine.event.BattleFinished;
import io.battlesim.engine.event.BattleStarted;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.MultiplierWindow;
import io.battlesim.tiktok.emulator.GiftCommand;
import io.battlesim.tiktok.emulator.LiveRoom;
import io.battlesim.tiktok.emulator.TikTokEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LiveFramesTests {

    private static TikTokEmulator emulator;
    private final LiveFrames frames = new LiveFrames(JsonMapper.builder().build());

    @BeforeAll
    static void quietEmulator() {
        emulator = TikTokEmulator.builder().livePace(0).build();
    }

    @AfterAll
    static void closeEmulator() {
        emulator.close();
    }

    @Test
    void readsEveryTapOfAStreakAsAGiftWithItsCumulativeCount() {
        LiveRoom room = emulator.live().room("ava.sparks").orElseThrow();
        List<String> sent = emulator.live().sendGift("ava.sparks", new GiftCommand("Rosa Fan", "Rose", 3));

        List<GiftReceived> gifts = sent.stream()
                .map(frames::parse)
                .map(frame -> (GiftReceived) ((LiveFrame.Event) frame).event())
                .toList();

        assertThat(gifts).extracting(GiftReceived::repeatCount).containsExactly(1, 2, 3, 3);
        assertThat(gifts).extracting(GiftReceived::repeatEnd).containsExactly(false, false, false, true);
        assertThat(gifts)
                .extracting(GiftReceived::groupId)
                .doesNotContainNull()
                .containsOnly(gifts.getFirst().groupId());
        GiftReceived end = gifts.getLast();
        assertThat(end.roomId()).isEqualTo(room.roomId());
        assertThat(end.receiverUserId()).isEqualTo(room.hostUserId());
        assertThat(end.gift().name()).isEqualTo("Rose");
        assertThat(end.gift().diamondCount()).isEqualTo(1);
        assertThat(end.gift().streakable()).isTrue();
        assertThat(end.sender().nickname()).isEqualTo("Rosa Fan");
        assertThat(end.timestamp()).isPositive();
        assertThat(gifts).extracting(GiftReceived::eventId).doesNotHaveDuplicates();
    }

    @Test
    void keepsTheStreamSequenceNumberOfEachFrame() {
        List<String> sent = emulator.live().sendGift("leo.beats", new GiftCommand("Corgi Lover", "Corgi", 1));

        LiveFrame frame = frames.parse(sent.getFirst());

        assertThat(frame.seq())
                .isEqualTo(emulator.live().room("leo.beats").orElseThrow().lastSeq());
        assertThat(((GiftReceived) ((LiveFrame.Event) frame).event()).gift().type())
                .isEqualTo(2);
    }

    @Test
    void readsLikes() {
        List<String> sent = emulator.live().sendLikes("mia.moves", "Liker", 20);

        assertThat(sent.stream().map(frames::parse).toList())
                .extracting(frame -> ((LikeReceived) ((LiveFrame.Event) frame).event()).likeCount())
                .containsExactly(15, 5);
    }

    @Test
    void readsChatWithItsCommentAndSender() {
        List<String> sent = emulator.live().sendChat("mia.moves", "Chatty", "hello <b>there</b> !vote A");

        LiveFrame frame = frames.parse(sent.getFirst());

        assertThat(frame).isInstanceOfSatisfying(LiveFrame.Chat.class, chat -> {
            assertThat(chat.message().comment()).isEqualTo("hello <b>there</b> !vote A");
            assertThat(chat.message().sender().nickname()).isEqualTo("Chatty");
            assertThat(chat.message().roomId())
                    .isEqualTo(emulator.live().room("mia.moves").orElseThrow().roomId());
        });
    }

    @Test
    void readsRoomStatusAndGaps() {
        assertThat(frames.parse("{\"type\":\"room_status\",\"seq\":9,\"msg_id\":\"s\",\"room_id\":\"r\","
                        + "\"timestamp\":1,\"status\":\"OFFLINE\"}"))
                .isEqualTo(new LiveFrame.RoomStatus(9, false));
        assertThat(frames.parse("{\"type\":\"gap\",\"seq\":40,\"from\":3,\"to\":40,\"room_id\":\"r\"}"))
                .isEqualTo(new LiveFrame.Gap(40, 3, 40));
    }

    @Test
    void readsTikToksBattleEventsForMirrorMode() {
        String common = "\"msg_id\":\"b%d\",\"room_id\":\"r\",\"timestamp\":1000,\"battle_id\":\"m1\"";
        LiveFrame started = frames.parse("{\"type\":\"battle_started\",\"seq\":1," + common.formatted(1)
                + ",\"duration_sec\":300,\"teams\":[[\"u1\"],[\"u2\"]]}");
        LiveFrame score = frames.parse(
                "{\"type\":\"battle_score\",\"seq\":2," + common.formatted(2) + ",\"scores\":{\"u1\":40,\"u2\":7}}");
        LiveFrame window = frames.parse("{\"type\":\"battle_multiplier\",\"seq\":3," + common.formatted(3)
                + ",\"user_id\":\"u1\",\"multiplier\":2,\"until\":31}");
        LiveFrame finished = frames.parse("{\"type\":\"battle_finished\",\"seq\":4," + common.formatted(4)
                + ",\"scores\":{\"u1\":90,\"u2\":70},\"winner_user_id\":\"u1\"}");

        assertThat(((LiveFrame.Event) started).event()).isEqualTo(new BattleStarted("b1", "m1", 1000, 300_000, 1000));
        assertThat(((LiveFrame.Event) score).event())
                .isEqualTo(new ArmiesUpdated("b2", java.util.Map.of("u1", 40L, "u2", 7L), 1000));
        assertThat(((LiveFrame.Event) window).event())
                .isEqualTo(new MultiplierWindow("b3", "u1", 2, 1000, 31_000, 1000));
        assertThat(((LiveFrame.Event) finished).event())
                .isEqualTo(new BattleFinished("b4", java.util.Map.of("u1", 90L, "u2", 70L), 1000));
    }

    @Test
    void reportsUnreadableFramesWithoutThrowing() {
        assertThat(frames.parse("not json")).isInstanceOf(LiveFrame.Malformed.class);
        assertThat(frames.parse("{\"seq\":3}")).isEqualTo(new LiveFrame.Malformed(3, "no type"));
        assertThat(frames.parse("{\"type\":\"gift\",\"seq\":4,\"room_id\":\"r\",\"user\":{\"user_id\":\"u\"}}"))
                .isInstanceOf(LiveFrame.Malformed.class)
                .extracting(LiveFrame::seq)
                .isEqualTo(4L);
    }
}
