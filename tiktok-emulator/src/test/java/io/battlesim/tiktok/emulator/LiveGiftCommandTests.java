package io.battlesim.tiktok.emulator;

import static io.battlesim.tiktok.emulator.RecordingListener.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LiveGiftCommandTests {

    private static final Instant START = Instant.parse("2026-01-12T20:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final TikTokEmulator emulator =
            TikTokEmulator.builder().clock(clock).livePace(0).build();
    private final LiveRooms live = emulator.live();
    private final LiveRoom ava = live.room("ava.sparks").orElseThrow();

    @AfterEach
    void close() {
        emulator.close();
    }

    private List<JsonNode> gift(String room, GiftCommand command) {
        return parse(live.sendGift(room, command));
    }

    @Nested
    class StreakableGifts {

        @Test
        void sendOneEventPerTapWithTheCumulativeCountThenTheEndEvent() {
            List<JsonNode> frames = gift("ava.sparks", new GiftCommand("🌹 Rosa Rosé ✨", "Rose", 3));

            assertThat(frames)
                    .extracting(frame -> frame.get("repeat_count").intValue())
                    .containsExactly(1, 2, 3, 3);
            assertThat(frames)
                    .extracting(frame -> frame.get("repeat_end").booleanValue())
                    .containsExactly(false, false, false, true);
            assertThat(frames).extracting(frame -> frame.get("type").asString()).containsOnly("gift");
            assertThat(frames)
                    .extracting(frame -> frame.get("group_id").asString())
                    .hasSize(4)
                    .containsOnly(frames.get(0).get("group_id").asString());
            assertThat(frames)
                    .extracting(frame -> frame.get("msg_id").asString())
                    .doesNotHaveDuplicates();
        }

        @Test
        void sendASingleTapTwice() {
            List<JsonNode> frames = gift("ava.sparks", new GiftCommand("Mara", "Rose", 1));

            assertThat(frames).hasSize(2);
            assertThat(frames.get(0).get("repeat_count").intValue()).isEqualTo(1);
            assertThat(frames.get(0).get("repeat_end").booleanValue()).isFalse();
            assertThat(frames.get(1).get("repeat_count").intValue()).isEqualTo(1);
            assertThat(frames.get(1).get("repeat_end").booleanValue()).isTrue();
        }

        @Test
        void carryTheWholeMessageShape() {
            JsonNode frame =
                    gift("ava.sparks", new GiftCommand("xss.tester", "5655", 1)).get(0);

            assertThat(frame.get("seq").longValue()).isEqualTo(ava.lastSeq() + 1);
            assertThat(frame.get("room_id").asString()).isEqualTo(ava.roomId());
            assertThat(frame.get("timestamp").longValue()).isEqualTo(START.toEpochMilli());
            assertThat(frame.get("receiver_user_id").asString()).isEqualTo(ava.hostUserId());
            assertThat(frame.at("/user/nickname").asString()).isEqualTo("<img src=x onerror=alert(1)>");
            assertThat(frame.at("/user/unique_id").asString()).isEqualTo("xss.tester");
            assertThat(frame.at("/user/user_id").asString()).matches("[0-9]{19}");
            assertThat(frame.at("/user/avatar_url").asString()).endsWith(".svg");
            assertThat(frame.at("/gift/id").intValue()).isEqualTo(5655);
            assertThat(frame.at("/gift/name").asString()).isEqualTo("Rose");
            assertThat(frame.at("/gift/diamond_count").intValue()).isEqualTo(1);
            assertThat(frame.at("/gift/type").intValue()).isEqualTo(1);
            assertThat(frame.at("/gift/image_url").asString()).endsWith("/live/gifts/5655.svg");
        }

        @Test
        void leaveOutTheEndEventOnRequest() {
            List<JsonNode> frames = gift("ava.sparks", new GiftCommand("Mara", "Finger Heart", 2).withoutEndEvent());

            assertThat(frames)
                    .extracting(frame -> frame.get("repeat_end").booleanValue())
                    .containsExactly(false, false);
        }

        @Test
        void getANewGroupForEveryStreak() {
            String first = gift("ava.sparks", new GiftCommand("Mara", "Rose", 1))
                    .get(0)
                    .get("group_id")
                    .asString();
            String second = gift("ava.sparks", new GiftCommand("Mara", "Rose", 1))
                    .get(0)
                    .get("group_id")
                    .asString();

            assertThat(first).isNotEqualTo(second);
        }
    }

    @Nested
    class NonStreakableGifts {

        @Test
        void arriveAsOneEventThatIsNotMarkedEnded() {
            List<JsonNode> frames = gift("ava.sparks", new GiftCommand("💎 Diamond Dan 💎", "Lion", 1));

            assertThat(frames).hasSize(1);
            assertThat(frames.get(0).at("/gift/type").intValue()).isEqualTo(2);
            assertThat(frames.get(0).at("/gift/diamond_count").intValue()).isEqualTo(29_999);
            assertThat(frames.get(0).get("repeat_count").intValue()).isEqualTo(1);
            assertThat(frames.get(0).get("repeat_end").booleanValue()).isFalse();
        }

        @Test
        void carryTheUnitCountInOneEvent() {
            List<JsonNode> frames = gift("ava.sparks", new GiftCommand("Mara", "galaxy", 3));

            assertThat(frames).singleElement().satisfies(frame -> {
                assertThat(frame.get("repeat_count").intValue()).isEqualTo(3);
                assertThat(frame.at("/gift/name").asString()).isEqualTo("Galaxy");
            });
        }
    }

    @Nested
    class Receivers {

        @Test
        void areTheGuestWhenTheGiftGoesToTheGuest() {
            LiveGuest kai = ava.guests().get(0);

            List<JsonNode> frames = gift("ava.sparks", new GiftCommand("Mara", "Rose", 2).sentToGuest());

            assertThat(kai.username()).isEqualTo("kai.games");
            assertThat(kai.userId())
                    .isEqualTo(live.room("kai.games").orElseThrow().hostUserId());
            assertThat(frames)
                    .extracting(frame -> frame.get("receiver_user_id").asString())
                    .containsOnly(kai.userId());
        }

        @Test
        void mustHaveAGuestToSendToTheGuest() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> live.sendGift("leo.beats", new GiftCommand("Mara", "Rose", 1, true)))
                    .withMessageContaining("no guest");
        }
    }

    @Nested
    class Senders {

        @Test
        void areFoundByUniqueIdOrNickname() {
            JsonNode byHandle =
                    gift("ava.sparks", new GiftCommand("rosa.rose", "Rose", 1)).get(0);
            JsonNode byNickname = gift("ava.sparks", new GiftCommand("🌹 Rosa Rosé ✨", "Rose", 1))
                    .get(0);

            assertThat(byHandle.get("user")).isEqualTo(byNickname.get("user"));
        }

        @Test
        void joinWithAStableIdWhenUnknown() {
            JsonNode first = gift("ava.sparks", new GiftCommand("Brand New Fan", "Rose", 1))
                    .get(0);
            JsonNode again = gift("ava.sparks", new GiftCommand("Brand New Fan", "Rose", 1))
                    .get(0);

            assertThat(first.at("/user/nickname").asString()).isEqualTo("Brand New Fan");
            assertThat(first.at("/user/user_id").asString())
                    .isEqualTo(again.at("/user/user_id").asString());
        }
    }

    @Nested
    class LikesAndChats {

        @Test
        void likesArriveInEventsOfAtMostFifteenWithTheRunningTotal() {
            long before = parse(live.sendLikes("ava.sparks", "Mara", 1))
                    .get(0)
                    .get("total_like_count")
                    .longValue();

            List<JsonNode> frames = parse(live.sendLikes("ava.sparks", "Mara", 40));

            assertThat(frames)
                    .extracting(frame -> frame.get("like_count").intValue())
                    .containsExactly(15, 15, 10);
            assertThat(frames)
                    .extracting(frame -> frame.get("total_like_count").longValue())
                    .containsExactly(before + 15, before + 30, before + 40);
        }

        @Test
        void chatsCarryTheCommentVerbatim() {
            JsonNode frame = parse(live.sendChat("ava.sparks", "Mara", "<b>hi</b> & \"bye\""))
                    .get(0);

            assertThat(frame.get("type").asString()).isEqualTo("chat");
            assertThat(frame.get("comment").asString()).isEqualTo("<b>hi</b> & \"bye\"");
        }
    }

    @Nested
    class Rejections {

        @Test
        void rejectAnUnknownGift() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> live.sendGift("ava.sparks", new GiftCommand("Mara", "Dragon", 1)))
                    .withMessageContaining("Dragon");
        }

        @Test
        void rejectAnOfflineRoom() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> live.sendGift("omar.cooks", new GiftCommand("Mara", "Rose", 1)))
                    .withMessageContaining("not LIVE");
        }

        @Test
        void rejectAnUnknownRoom() {
            assertThatExceptionOfType(NoSuchElementException.class)
                    .isThrownBy(() -> live.sendGift("nobody.here", new GiftCommand("Mara", "Rose", 1)));
        }

        @Test
        void rejectCountsOutOfRange() {
            assertThatIllegalArgumentException().isThrownBy(() -> new GiftCommand("Mara", "Rose", 0));
            assertThatIllegalArgumentException().isThrownBy(() -> new GiftCommand("Mara", "Rose", 1000));
            assertThatIllegalArgumentException().isThrownBy(() -> live.sendLikes("ava.sparks", "Mara", 0));
        }
    }
}
