package io.battlesim.app.live.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.battle.RoomBinding;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class IngestEventReaderTests {

    private static final long NOW = 1_763_800_000_000L;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RoomBinding AVA = new RoomBinding("ava.sparks", "room-a", "host-a", List.of("guest-k"));
    private static final RoomBinding LEO = RoomBinding.host("leo.beats", "room-l", "host-l");

    private final IngestEventReader twoRooms = new IngestEventReader(IngestRooms.of(List.of(AVA, LEO)));

    private IngestItem read(String json) {
        return twoRooms.read(JSON.readTree(json), NOW);
    }

    private static String gift(String extra) {
        return "{\"type\":\"gift\",\"msgId\":\"m1\",\"userId\":\"u1\",\"uniqueId\":\"fan\",\"nickname\":\"Fan\","
                + "\"giftId\":5655,\"giftName\":\"Rose\",\"giftType\":1,\"diamondCount\":1,\"repeatCount\":3,"
                + "\"repeatEnd\":true,\"groupId\":\"g1\",\"roomId\":\"room-a\"" + extra + "}";
    }

    @Test
    void turnsAGiftIntoTheEngineEventStampedWithTheReceiveTime() {
        IngestItem item = read(gift(",\"createTime\":\"1700000000000\",\"followRole\":1,\"isModerator\":false"));

        assertThat(item).isInstanceOf(IngestItem.Scored.class);
        GiftReceived gift = (GiftReceived) ((IngestItem.Scored) item).event();
        assertThat(gift.eventId()).isEqualTo("m1");
        assertThat(gift.roomId()).isEqualTo("room-a");
        assertThat(gift.sender().nickname()).isEqualTo("Fan");
        assertThat(gift.gift().id()).isEqualTo(5655);
        assertThat(gift.gift().streakable()).isTrue();
        assertThat(gift.repeatCount()).isEqualTo(3);
        assertThat(gift.repeatEnd()).isTrue();
        assertThat(gift.groupId()).isEqualTo("g1");
        assertThat(gift.receiverUserId()).isNull();
        assertThat(gift.timestamp()).isEqualTo(NOW);
    }

    @Test
    void acceptsNumericIdsAndNumbersSentAsStrings() {
        IngestItem item = read("{\"type\":\"gift\",\"msgId\":7301,\"userId\":6812,\"giftId\":\"5655\","
                + "\"diamondCount\":\"1\",\"repeatCount\":\"2\",\"roomId\":\"@Ava.Sparks\"}");

        GiftReceived gift = (GiftReceived) ((IngestItem.Scored) item).event();
        assertThat(gift.eventId()).isEqualTo("7301");
        assertThat(gift.sender().userId()).isEqualTo("6812");
        assertThat(gift.roomId()).isEqualTo("room-a");
    }

    @Test
    void placesAGiftWithoutRoomInTheRoomOfItsReceiver() {
        IngestItem item = read("{\"type\":\"gift\",\"msgId\":\"m2\",\"userId\":\"u1\",\"giftId\":1,"
                + "\"diamondCount\":5,\"repeatCount\":1,\"receiverUserId\":\"guest-k\"}");

        GiftReceived gift = (GiftReceived) ((IngestItem.Scored) item).event();
        assertThat(gift.roomId()).isEqualTo("room-a");
        assertThat(gift.receiverUserId()).isEqualTo("guest-k");
    }

    @Test
    void takesTheOnlyRoomOfASingleRoomBattle() {
        var oneRoom = new IngestEventReader(IngestRooms.of(List.of(LEO)));

        IngestItem item = oneRoom.read(
                JSON.readTree("{\"type\":\"like\",\"msgId\":\"l1\",\"userId\":\"u1\",\"likeCount\":15}"), NOW);

        LikeReceived like = (LikeReceived) ((IngestItem.Scored) item).event();
        assertThat(like.roomId()).isEqualTo("room-l");
        assertThat(like.likeCount()).isEqualTo(15);
    }

    @Test
    void treatsAGiftWithoutTypeOrStreakFieldsAsFinalOnArrival() {
        IngestItem item = read("{\"type\":\"gift\",\"msgId\":\"m3\",\"userId\":\"u1\",\"giftId\":9,"
                + "\"diamondCount\":299,\"repeatCount\":1,\"roomId\":\"room-l\"}");

        assertThat(((GiftReceived) ((IngestItem.Scored) item).event()).gift().streakable())
                .isFalse();
    }

    @Test
    void acceptsTheMostExpensiveGiftAtTheLongestStreak() {
        IngestItem item = read(gift("").replace(
                        "\"diamondCount\":1,\"repeatCount\":3", "\"diamondCount\":44999,\"repeatCount\":10000"));

        GiftReceived gift = (GiftReceived) ((IngestItem.Scored) item).event();
        assertThat(gift.gift().diamondCount()).isEqualTo(IngestEventReader.MAX_DIAMOND_COUNT);
        assertThat(gift.repeatCount()).isEqualTo(IngestEventReader.MAX_REPEAT_COUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"member", "follow", "share", "roomUser", "streamEnd"})
    void acceptsEventsThatDoNotScore(String type) {
        IngestItem item = read("{\"type\":\"" + type + "\",\"msgId\":\"x1\",\"comment\":\"hi\",\"viewerCount\":5}");

        assertThat(item).isEqualTo(new IngestItem.Unscored("x1", type));
    }

    @Test
    void readsChatWithItsCommentPlacedInTheNamedRoomOrTheFirstAndChatWithoutASenderAsNoVote() {
        IngestItem named = read("{\"type\":\"chat\",\"msgId\":\"x1\",\"userId\":\"u1\",\"nickname\":\"Zoé\","
                + "\"comment\":\"!vote A <b>\",\"roomId\":\"@leo.beats\"}");
        IngestItem unnamed = read("{\"type\":\"chat\",\"msgId\":\"x2\",\"userId\":\"u1\",\"comment\":\"#B\"}");
        IngestItem anonymous = read("{\"type\":\"chat\",\"msgId\":\"x3\",\"comment\":\"#B\"}");

        assertThat(named).isInstanceOfSatisfying(IngestItem.Chat.class, chat -> {
            assertThat(chat.message().comment()).isEqualTo("!vote A <b>");
            assertThat(chat.message().sender().nickname()).isEqualTo("Zoé");
            assertThat(chat.message().roomId()).isEqualTo("room-l");
        });
        assertThat(unnamed)
                .isInstanceOfSatisfying(
                        IngestItem.Chat.class,
                        chat -> assertThat(chat.message().roomId()).isEqualTo("room-a"));
        assertThat(anonymous).isEqualTo(new IngestItem.Unscored("x3", "chat"));
    }

    @Nested
    class Rejects {

        @ParameterizedTest
        @ValueSource(strings = {"msgId", "userId", "giftId", "repeatCount", "diamondCount"})
        void aGiftWithoutARequiredField(String field) {
            ObjectNode gift = (ObjectNode) JSON.readTree(gift(""));
            gift.remove(field);

            IngestItem item = twoRooms.read(gift, NOW);

            assertThat(item).isInstanceOf(IngestItem.Invalid.class);
            assertThat(((IngestItem.Invalid) item).field()).isEqualTo(field);
            assertThat(((IngestItem.Invalid) item).message()).isEqualTo(field + " is required");
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "giftId|\"rose\"|giftId must be an integer",
                    "giftId|0|giftId must be at least 1",
                    "repeatCount|0|repeatCount must be at least 1",
                    "diamondCount|-1|diamondCount must not be negative",
                    "repeatEnd|\"yes\"|repeatEnd must be true or false",
                    "createTime|\"soon\"|createTime must be an integer",
                    "createTime|99999999999999999999|createTime must be at most 9,223,372,036,854,775,807",
                    "giftId|-99999999999999999999|giftId must be at least 1",
                    "userId|{\"id\":1}|userId must be a string"
                })
        void aFieldOfTheWrongTypeOrRange(String field, String value, String message) {
            ObjectNode gift = (ObjectNode) JSON.readTree(gift(""));
            gift.set(field, JSON.readTree(value));

            IngestItem item = twoRooms.read(gift, NOW);

            assertThat(item).isEqualTo(new IngestItem.Invalid("m1", field, message));
        }

        @ParameterizedTest
        @ValueSource(strings = {"45000", "2147483648", "99999999999999999999999", "\"99999999999999999999\""})
        void aDiamondCountAboveTheMostExpensiveGift(String value) {
            ObjectNode gift = (ObjectNode) JSON.readTree(gift(""));
            gift.set("diamondCount", JSON.readTree(value));

            assertThat(twoRooms.read(gift, NOW))
                    .isEqualTo(new IngestItem.Invalid(
                            "m1",
                            "diamondCount",
                            "diamondCount must be at most 44,999 (the most expensive TikTok gift)"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"10001", "1000000", "\"2147483648\""})
        void aRepeatCountAboveTheLongestStreak(String value) {
            ObjectNode gift = (ObjectNode) JSON.readTree(gift(""));
            gift.set("repeatCount", JSON.readTree(value));

            assertThat(twoRooms.read(gift, NOW))
                    .isEqualTo(new IngestItem.Invalid(
                            "m1", "repeatCount", "repeatCount must be at most 10,000 (longer than any real streak)"));
        }

        @Test
        void anUnknownType() {
            IngestItem item = read("{\"type\":\"superLike\",\"msgId\":\"x\"}");

            assertThat(item).isInstanceOf(IngestItem.Invalid.class);
            assertThat(((IngestItem.Invalid) item).field()).isEqualTo("type");
            assertThat(((IngestItem.Invalid) item).message()).startsWith("type 'superLike' is not one of gift, like");
        }

        @Test
        void anEventWithoutType() {
            assertThat(read("{\"msgId\":\"x\",\"giftId\":1}"))
                    .isEqualTo(new IngestItem.Invalid("x", "type", "type is required"));
        }

        @Test
        void aRoomThatIsNotInTheBattle() {
            IngestItem item = read(gift("").replace("\"roomId\":\"room-a\"", "\"roomId\":\"elsewhere\""));

            assertThat(((IngestItem.Invalid) item).field()).isEqualTo("roomId");
        }

        @Test
        void aReceiverWhoIsNotACreatorOfTheBattle() {
            IngestItem item = read("{\"type\":\"gift\",\"msgId\":\"m\",\"userId\":\"u\",\"giftId\":1,"
                    + "\"diamondCount\":1,\"repeatCount\":1,\"receiverUserId\":\"stranger\"}");

            assertThat(((IngestItem.Invalid) item).field()).isEqualTo("receiverUserId");
        }

        @Test
        void aGiftWithoutRoomInABattleOfSeveralRooms() {
            IngestItem item = read("{\"type\":\"gift\",\"msgId\":\"m\",\"userId\":\"u\",\"giftId\":1,"
                    + "\"diamondCount\":1,\"repeatCount\":1}");

            assertThat(((IngestItem.Invalid) item).field()).isEqualTo("roomId");
            assertThat(((IngestItem.Invalid) item).message()).startsWith("roomId is required");
        }

        @Test
        void aValueThatIsNotAnObject() {
            assertThat(twoRooms.read(JSON.readTree("[1,2]"), NOW)).isInstanceOf(IngestItem.Invalid.class);
        }
    }
}
