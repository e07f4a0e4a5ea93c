package io.battlesim.app.live.ingest;

import io.battlesim.app.battle.ChatMessage;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.Sender;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validates one ingest event (TikTok-Live-Connector's flat shape plus {@code type}) and turns gifts and likes into
 * engine events. Required: {@code type}; for gifts {@code msgId}, {@code userId}, {@code giftId}, {@code
 * repeatCount} (at most {@value #MAX_REPEAT_COUNT}), {@code diamondCount} (at most {@value #MAX_DIAMOND_COUNT}); for
 * likes {@code msgId}, {@code userId}, {@code likeCount}. Ids may be
 * strings or integers; unknown fields are ignored. The event's time is the server's receive time (given by the
 * caller), so streak timeouts and the battle's end are judged on one clock; {@code createTime}, when present, must
 * be epoch milliseconds. Without {@code giftType} a gift is streakable (type 1) when it carries {@code repeatEnd},
 * else final on arrival (type 2).
 */
public final class IngestEventReader {

    /** The accepted {@code type} values. */
    public static final List<String> TYPES =
            List.of("gift", "like", "chat", "member", "follow", "share", "roomUser", "streamEnd");

    /**
     * The most one unit of a gift may cost, in coins: TikTok Universe, the most expensive gift in TikTok's catalogue
     * ({@code live-events.md} section 5, the scoreboard's {@code GiftCatalogue}, the emulator's gift list). Raise it
     * when TikTok prices a gift higher.
     */
    public static final int MAX_DIAMOND_COUNT = 44_999;

    /**
     * The highest count one gift event may carry. A streak's count rises by one per tap, and a streak ends after a
     * few seconds without a tap, so it is bounded by tapping speed times the streak's length: even a tapping macro
     * at 20 taps a second for a whole 5-minute round reaches 6,000. With {@link #MAX_DIAMOND_COUNT} this bounds one
     * event to 449,990,000 coins, so no realistic battle comes near a long's limit (the engine saturates anyway).
     */
    public static final int MAX_REPEAT_COUNT = 10_000;

    /** TikTok batches at most 15 likes per event; this leaves room for connectors that merge some. */
    private static final int MAX_LIKES = 10_000;

    private final IngestRooms rooms;

    /** A reader placing events in {@code rooms}; never null. */
    public IngestEventReader(IngestRooms rooms) {
        this.rooms = Objects.requireNonNull(rooms, "rooms must not be null");
    }

    /**
     * Validates and converts one event.
     *
     * @param event the JSON value; never null
     * @param receivedAt the server's receive time, epoch milliseconds
     * @return the event, or why it is invalid; never null
     */
    public IngestItem read(JsonNode event, long receivedAt) {
        if (!event.isObject()) {
            return new IngestItem.Invalid(null, "event", "each event must be a JSON object");
        }
        Fields fields = new Fields(event);
        try {
            String type = fields.requiredText("type");
            if (!TYPES.contains(type)) {
                throw new InvalidField("type", "type '" + type + "' is not one of " + String.join(", ", TYPES));
            }
            fields.optionalLong("createTime", 0, Long.MAX_VALUE);
            return switch (type) {
                case "gift" -> gift(fields, receivedAt);
                case "like" -> like(fields, receivedAt);
                case "chat" -> chat(fields, receivedAt);
                default -> new IngestItem.Unscored(fields.optionalText("msgId").orElse(null), type);
            };
        } catch (InvalidField e) {
            return new IngestItem.Invalid(fields.msgIdOrNull(), e.field, e.getMessage());
        }
    }

    private IngestItem gift(Fields fields, long receivedAt) {
        String msgId = fields.requiredText("msgId");
        Sender sender = sender(fields);
        int giftId = (int) fields.requiredLong("giftId", 1, Integer.MAX_VALUE);
        int repeatCount = (int) fields.requiredLong("repeatCount", 1, MAX_REPEAT_COUNT, "longer than any real streak");
        int diamondCount =
                (int) fields.requiredLong("diamondCount", 0, MAX_DIAMOND_COUNT, "the most expensive TikTok gift");
        Optional<Boolean> repeatEnd = fields.optionalBoolean("repeatEnd");
        long giftType = fields.optionalLong("giftType", 0, Integer.MAX_VALUE)
                .orElse(repeatEnd.isPresent() ? (long) Gift.STREAKABLE_TYPE : 2L);
        String giftName = fields.optionalText("giftName").orElse("Gift " + giftId);
        String groupId = fields.optionalText("groupId").orElse(null);
        String receiver = fields.optionalText("receiverUserId").orElse(null);
        String roomId = room(fields, receiver);
        var event = new GiftReceived(
                msgId,
                roomId,
                sender,
                receiver,
                new Gift(giftId, giftName, (int) giftType, diamondCount),
                repeatCount,
                repeatEnd.orElse(false),
                groupId,
                receivedAt);
        return new IngestItem.Scored(msgId, "gift", event);
    }

    private IngestItem like(Fields fields, long receivedAt) {
        String msgId = fields.requiredText("msgId");
        Sender sender = sender(fields);
        int likeCount = (int) fields.requiredLong("likeCount", 0, MAX_LIKES);
        fields.optionalLong("totalLikeCount", 0, Long.MAX_VALUE);
        String receiver = fields.optionalText("receiverUserId").orElse(null);
        String roomId = room(fields, receiver);
        return new IngestItem.Scored(
                msgId, "like", new LikeReceived(msgId, roomId, sender, receiver, likeCount, receivedAt));
    }

    /** A chat comment; one without a message id or a sender cannot vote, and scores nothing like any other. */
    private IngestItem chat(Fields fields, long receivedAt) {
        Optional<String> id = fields.optionalText("msgId");
        if (id.isEmpty() || fields.optionalText("userId").isEmpty()) {
            return new IngestItem.Unscored(id.orElse(null), "chat");
        }
        String msgId = id.get();
        Sender sender = sender(fields);
        String comment = fields.optionalText("comment").orElse("");
        // the room only tells that the comment was written in this battle: the command itself names the side
        String roomId = fields.optionalText("roomId").isPresent() ? room(fields, null) : rooms.first();
        return new IngestItem.Chat(msgId, new ChatMessage(msgId, roomId, sender, comment, receivedAt));
    }

    private static Sender sender(Fields fields) {
        String userId = fields.requiredText("userId");
        String uniqueId = fields.optionalText("uniqueId").orElse(userId);
        return new Sender(userId, uniqueId, fields.optionalText("nickname").orElse(uniqueId));
    }

    private String room(Fields fields, @Nullable String receiver) {
        Optional<String> named = fields.optionalText("roomId");
        if (named.isPresent()) {
            return rooms.named(named.get())
                    .orElseThrow(() -> new InvalidField(
                            "roomId",
                            "roomId '" + named.get() + "' is not a room (nor a host's username) of this battle"));
        }
        if (receiver != null) {
            return rooms.ofCreator(receiver)
                    .orElseThrow(() -> new InvalidField(
                            "receiverUserId", "receiverUserId '" + receiver + "' is not a creator of this battle"));
        }
        String only = rooms.only();
        if (only == null) {
            throw new InvalidField(
                    "roomId",
                    "roomId is required: this battle has several rooms (give the room id or the host's username)");
        }
        return only;
    }

    /** A field that is missing or has the wrong type or range. */
    static final class InvalidField extends RuntimeException {

        private final String field;

        InvalidField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
